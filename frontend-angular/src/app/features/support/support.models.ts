import type { components } from '../../api/schema';

/** Names of the generated Support schemas this feature's pages use (aliases only, nothing hand-written). */
type S = components['schemas'];
export type TicketStatus = S['TicketStatus'];
export type TicketCategory = S['TicketCategory'];
export type SlaState = S['SlaState'];
export type TicketSummaryDto = S['TicketSummaryDto'];
export type TicketDto = S['TicketDto'];
export type TicketMessageDto = S['TicketMessageDto'];
export type TicketAttachmentDto = S['TicketAttachmentDto'];
export type OpenTicketRequest = S['OpenTicketRequest'];
export type QueueItemDto = S['QueueItemDto'];
export type HostTicketDto = S['HostTicketDto'];
export type StaffMemberDto = S['StaffMemberDto'];
export type StaffMessageRequest = S['StaffMessageRequest'];
export type AccountManagerDto = S['AccountManagerDto'];
export type TenantAccountManagerDto = S['TenantAccountManagerDto'];
export type AnnouncementDto = S['AnnouncementDto'];
export type TenantAnnouncementDto = S['TenantAnnouncementDto'];
export type PublishAnnouncementRequest = S['PublishAnnouncementRequest'];
export type SlaMonthDto = S['SlaMonthDto'];
export type SupportSettingsDto = S['SupportSettingsDto'];
export type UpdateSupportSettingsRequest = S['UpdateSupportSettingsRequest'];
export type ServiceDayOverrideDto = S['ServiceDayOverrideDto'];
