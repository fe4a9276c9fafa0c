namespace DingPlatform.Subscriptions.Contracts;

public enum OrderStatus { PendingPayment, Overdue, Paid, Lapsed, Refunded }
