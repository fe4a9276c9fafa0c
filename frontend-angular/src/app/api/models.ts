// The one place where the SPA names the generated OpenAPI types: every type here is an alias of
// schema.d.ts (components or operations). A schema rename in the backend only touches this file
// (run `npm run api:gen` first); the API services take their paths, parameters and responses from
// `paths` directly (see api-client.ts).
import type { components, operations } from './schema';

type Schemas = components['schemas'];

export type MeDto = Schemas['MeDto'];
export type UserKind = MeDto['kind'];

export type SignUpRequest = Schemas['SignUpRequest'];
export type SignUpResponse = Schemas['SignUpResult'];
export type CreditCodeCheckDto = Schemas['CreditCodeCheckDto'];

export type TenantDto = Schemas['TenantDto'];
export type TenantStatus = TenantDto['status'];
export type VerificationStatus = TenantDto['verificationStatus'];
export type VerificationDto = NonNullable<TenantDto['verification']>;
export type TaxpayerType = VerificationDto['taxpayerType'];
export type InvoiceProfileDto = SubmitVerificationRequest['invoiceProfile'];
export type SubmitVerificationRequest = Schemas['SubmitVerificationRequest'];
export type ReasonRequest = Schemas['ReasonRequest'];
export type AuditEntryDto = Schemas['AuditEntryDto'];

export type MemberDto = Schemas['MemberDto'];
export type AddMemberRequest = Schemas['AddMemberRequest'];
export type TenantRole = AddMemberRequest['role'];

export type ApiClientDto = Schemas['ApiClientDto'];
export type CreateApiClientRequest = Schemas['CreateApiClientRequest'];
export type CreatedApiClientDto = Schemas['ApiClientCreatedDto'];

export type PlanDto = Schemas['PlanDto'];
export type PlanVersionDto = Schemas['PlanVersionSummaryDto'];
export type EntitlementDto = Schemas['EntitlementDto'];
export type EntitlementKind = EntitlementDto['kind'];
export type QuotaPeriod = NonNullable<EntitlementDto['period']>;
export type UpdatePlanRequest = Schemas['UpdatePlanRequest'];
export type PlanComparisonDto = Schemas['ComparisonDto'];
export type ComparisonPlanDto = PlanComparisonDto['plans'][number];
export type ComparisonRowDto = PlanComparisonDto['rows'][number];
/** A plan's value in a comparison row; absent when the plan does not have the entitlement. */
export type EntitlementValueDto = ComparisonRowDto['values'][string] | null | undefined;
export type AddOnPackDto = Schemas['AddOnPackDto'];
export type TenantEntitlementsDto = Schemas['EffectiveEntitlementsDto'];

// Subscriptions, orders, usage (issue 3)
export type CreateQuoteRequest = Schemas['CreateQuoteRequest'];
export type AddOnSelection = Schemas['AddOnSelection'];
export type QuoteDto = Schemas['QuoteDto'];
export type LineDto = Schemas['LineDto'];
export type LineKind = LineDto['kind'];
export type DiscountDto = Schemas['DiscountDto'];
export type OrderDto = Schemas['OrderDto'];
export type OrderStatus = OrderDto['status'];
export type PayeeDto = Schemas['PayeeDto'];
export type PaymentDto = Schemas['PaymentDto'];
export type PaymentMethod = PaymentDto['method'];
export type RecordBankTransferRequest = Schemas['RecordBankTransferRequest'];
export type RefundRequest = Schemas['RefundRequest'];
export type SubscriptionDto = Schemas['SubscriptionDto'];
export type SubscriptionStatus = SubscriptionDto['status'];
export type SubscriptionEventDto = Schemas['SubscriptionEventDto'];
export type SubscriptionAddOnDto = Schemas['SubscriptionAddOnDto'];
export type TenantSubscriptionDto = Schemas['TenantSubscriptionDto'];
export type UsageDto = Schemas['UsageDto'];
export type NotificationDto = Schemas['NotificationDto'];
export type PromotionDto = Schemas['PromotionDto'];
export type PromotionInput = Schemas['PromotionInput'];
export type SubscriptionSettingsDto = Schemas['SubscriptionSettingsDto'];

// Billing, invoices, bank statements, credits, calendar (issue 4)
export type BillingConfigDto = Schemas['BillingConfigDto'];
export type CheckoutRequest = Schemas['CheckoutRequest'];
export type CheckoutDto = Schemas['CheckoutDto'];
export type InvoiceDto = Schemas['InvoiceDto'];
export type InvoiceKind = Schemas['InvoiceKind'];
export type InvoiceStatus = Schemas['InvoiceStatus'];
export type BuyerDto = Schemas['BuyerDto'];
export type IssueInvoiceRequest = Schemas['IssueInvoiceRequest'];
export type CreditDto = Schemas['CreditDto'];
export type CreditStatus = Schemas['CreditStatus'];
export type SettleCreditRequest = Schemas['SettleCreditRequest'];
export type CreditSettlement = Exclude<CreditStatus, 'Owed'>;
export type HostPaymentDto = Schemas['HostPaymentDto'];
export type ImportStatementRequest = Schemas['ImportStatementRequest'];
export type ImportStatementResult = Schemas['ImportStatementResult'];
export type StatementLineDto = Schemas['StatementLineDto'];
export type StatementLineStatus = Schemas['StatementLineStatus'];
export type ResolveLineRequest = Schemas['ResolveLineRequest'];
export type CalendarYearSummaryDto = Schemas['CalendarYearSummaryDto'];
export type CalendarYearDto = Schemas['CalendarYearDto'];
export type CalendarDayDto = Schemas['CalendarDayDto'];
export type CalendarDayInput = Schemas['CalendarDayInput'];
export type UpdateCalendarYearRequest = Schemas['UpdateCalendarYearRequest'];
export type DeadlinePreviewDto = Schemas['DeadlinePreviewDto'];

/** Query of GET /api/host/tenants (a filter left null or empty is not sent). */
export type TenantQuery = {
  [K in keyof NonNullable<operations['GetTenants']['parameters']['query']>]?:
    NonNullable<operations['GetTenants']['parameters']['query']>[K] | null;
};
