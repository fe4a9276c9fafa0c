namespace DingPlatform.Subscriptions.Contracts;

public enum PaymentMethod { BankTransfer, Card }
