import { describe, expect, it } from 'vitest';
import { orderStatusColor, subscriptionStatusColor } from './status-colors';

describe('status colors', () => {
  it('maps order and subscription statuses to tag colors', () => {
    expect(orderStatusColor('Paid')).toBe('success');
    expect(orderStatusColor('Overdue')).toBe('warning');
    expect(orderStatusColor('PendingPayment')).toBe('processing');
    expect(subscriptionStatusColor('Active')).toBe('success');
    expect(subscriptionStatusColor('Terminated')).toBe('error');
  });
});
