import { describe, expect, it } from 'vitest';
import { deliveryStatusColor, eventTypeLabel, isHttpsUrl, mailStatusColor, sameKinds, toggleKind } from './notifications-display';

describe('notifications display rules', () => {
  it('colors delivery and mail statuses, NotConfigured as a warning', () => {
    expect(deliveryStatusColor('Delivered')).toBe('success');
    expect(deliveryStatusColor('Failed')).toBe('error');
    expect(deliveryStatusColor('Pending')).toBe('processing');
    expect(deliveryStatusColor('Unknown')).toBe('default');
    expect(mailStatusColor('NotConfigured')).toBe('warning');
    expect(mailStatusColor('Sent')).toBe('success');
  });

  it('describes an event type in the reader language, falling back sensibly', () => {
    const description = { 'zh-CN': '订单已付款', 'en-US': 'An order was paid' };
    expect(eventTypeLabel(description, 'order.paid', 'zh-CN')).toBe('订单已付款');
    expect(eventTypeLabel(description, 'order.paid', 'en-US')).toBe('An order was paid');
    expect(eventTypeLabel({ 'zh-CN': '订单已付款' }, 'order.paid', 'en-US')).toBe('订单已付款');
    expect(eventTypeLabel(undefined, 'order.paid', 'en-US')).toBe('order.paid');
  });

  it('accepts only absolute https URLs in the webhook form', () => {
    expect(isHttpsUrl('https://hooks.example.com/ding')).toBe(true);
    expect(isHttpsUrl('  https://hooks.example.com/ding ')).toBe(true);
    expect(isHttpsUrl('http://hooks.example.com/ding')).toBe(false);
    expect(isHttpsUrl('hooks.example.com/ding')).toBe(false);
    expect(isHttpsUrl('https://user:pw@hooks.example.com/')).toBe(false);
    expect(isHttpsUrl('')).toBe(false);
  });

  it('toggles mail kinds in the server order and compares sets', () => {
    expect(toggleKind(['support'], 'subscription', true)).toEqual(['subscription', 'support']);
    expect(toggleKind(['subscription', 'support'], 'subscription', false)).toEqual(['support']);
    expect(toggleKind(['billing'], 'billing', true)).toEqual(['billing']);
    expect(sameKinds(['billing', 'support'], ['support', 'billing'])).toBe(true);
    expect(sameKinds(['billing'], ['billing', 'support'])).toBe(false);
  });
});
