namespace DingPlatform.Subscriptions.Contracts;

public enum SubscriptionStatus { Active, Suspended, Expired, Terminated, Refunded }
