import type { QueueItemDto, SlaState, TicketCategory, TicketDto, TicketStatus } from './support.models';

export const TICKET_STATUSES: readonly TicketStatus[] = ['Open', 'WaitingOnCustomer', 'Resolved', 'Closed'];
export const TICKET_CATEGORIES: readonly TicketCategory[] = ['Technical', 'Billing', 'Account', 'Other'];
/** The server's attachment limit (AttachmentPolicy.MaxBytes): 10 MiB per file. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.txt,.csv,.zip,.docx,.xlsx';

const STATUS_COLORS: Record<TicketStatus, string> = {
  Open: 'processing',
  WaitingOnCustomer: 'warning',
  Resolved: 'success',
  Closed: 'default',
};

const SLA_COLORS: Record<SlaState, string> = {
  NoSla: 'default',
  OnTrack: 'blue',
  AtRisk: 'orange',
  Breached: 'red',
  RespondedInTime: 'green',
  RespondedLate: 'volcano',
};

export function ticketStatusColor(status: TicketStatus): string {
  return STATUS_COLORS[status] ?? 'default';
}

export function slaColor(state: SlaState): string {
  return SLA_COLORS[state] ?? 'default';
}

/** How a queue line is tinted: breached (red), at risk (orange, under one service hour left), or neither. */
export type Urgency = 'breached' | 'atRisk' | 'normal';

export function urgency(item: Pick<QueueItemDto, 'breached' | 'atRisk' | 'timeLeftMinutes'>): Urgency {
  if (item.breached || (item.timeLeftMinutes !== null && item.timeLeftMinutes !== undefined && item.timeLeftMinutes < 0)) return 'breached';
  if (item.atRisk) return 'atRisk';
  return 'normal';
}

/** Service minutes → hours and minutes (absolute; the sign says over or left). */
export function splitMinutes(minutes: number): { h: number; m: number } {
  const abs = Math.abs(Math.trunc(minutes));
  return { h: Math.floor(abs / 60), m: abs % 60 };
}

/** A tenant may reply until the ticket is closed. */
export function canReply(ticket: Pick<TicketDto, 'status'>): boolean {
  return ticket.status !== 'Closed';
}

export function canClose(ticket: Pick<TicketDto, 'status'>): boolean {
  return ticket.status !== 'Closed';
}

/** A closed ticket reopens while the server's `reopenUntil` lies ahead. */
export function canReopen(ticket: Pick<TicketDto, 'status' | 'reopenUntil'>, now: Date = new Date()): boolean {
  return ticket.status === 'Closed' && !!ticket.reopenUntil && new Date(ticket.reopenUntil).getTime() > now.getTime();
}

/** "1.5 MB", "820 KB", "12 B" (binary units, as the 10 MB limit counts). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Share of decided SLA tickets answered in time (pending ones are not decided yet); null when none is decided. */
export function inTimeRate(row: { firstResponsesInTime: number; breaches: number }): number | null {
  const decided = row.firstResponsesInTime + row.breaches;
  return decided === 0 ? null : (row.firstResponsesInTime * 100) / decided;
}
