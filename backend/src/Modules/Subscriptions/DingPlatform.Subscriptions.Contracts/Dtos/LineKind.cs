namespace DingPlatform.Subscriptions.Contracts;

public enum LineKind { Plan, AddOn }
