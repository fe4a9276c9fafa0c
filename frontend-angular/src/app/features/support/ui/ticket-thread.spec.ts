import { TestBed } from '@angular/core/testing';
import { DownloadOutline, FileTextOutline, LockOutline } from '@ant-design/icons-angular/icons';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { describe, expect, it } from 'vitest';
import { TicketThread } from './ticket-thread';
import type { TicketAttachmentDto, TicketMessageDto } from '../support.models';

const messages: TicketMessageDto[] = [
  { id: 'm1', side: 'Staff', authorName: '客服', body: '请提供日志', at: '2026-03-01T02:00:00Z', isInternal: false },
  { id: 'm2', side: 'Staff', authorName: '客服', body: '内部：已升级', at: '2026-03-01T03:00:00Z', isInternal: true },
];
const attachments: TicketAttachmentDto[] = [
  { id: 'a1', messageId: null, fileName: 'log.txt', contentType: 'text/plain', sizeBytes: 2048, at: '2026-03-01T04:00:00Z' },
];

describe('TicketThread', () => {
  it('marks internal notes and lists loose files with their size', async () => {
    TestBed.configureTestingModule({ providers: [provideNzIcons([DownloadOutline, FileTextOutline, LockOutline])] });
    const fixture = TestBed.createComponent(TicketThread);
    fixture.componentRef.setInput('description', '导出失败');
    fixture.componentRef.setInput('openedByName', '张三');
    fixture.componentRef.setInput('openedAt', '2026-03-01T01:00:00Z');
    fixture.componentRef.setInput('messages', messages);
    fixture.componentRef.setInput('attachments', attachments);
    fixture.detectChanges();
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const rows = root.querySelectorAll('[data-testid="ticket-message"]');
    expect(rows.length).toBe(2);
    expect(rows[0].getAttribute('data-internal')).toBe('false');
    expect(rows[1].getAttribute('data-internal')).toBe('true');
    expect(rows[1].classList).toContain('internal');
    expect(root.querySelectorAll('[data-testid="ticket-internal-tag"]').length).toBe(1);
    expect(root.querySelector('[data-testid="ticket-files"]')?.textContent).toContain('2 KB');
    // the opening description is shown first, at 09:00 in Asia/Shanghai
    expect(root.querySelector('[data-testid="ticket-description-message"]')?.textContent).toContain('2026-03-01 09:00');
  });
});
