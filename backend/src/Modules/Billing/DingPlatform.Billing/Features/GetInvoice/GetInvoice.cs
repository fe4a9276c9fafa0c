using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Billing.Persistence;
using DingPlatform.Billing.Services;
using DingPlatform.Platform.Timing;

namespace DingPlatform.Billing.Features.GetInvoice;

/// <summary>One of the tenant's invoices; another tenant's is not found.</summary>
internal sealed class GetInvoice(InvoiceStore invoices, TimeProvider clock)
{
    public async Task<InvoiceDto> ExecuteAsync(Guid id, CancellationToken ct) => (await invoices.GetAsync(id, ct)).ToDto(clock.Today());
}
