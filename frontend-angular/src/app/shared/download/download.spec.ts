import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './download';

describe('downloads', () => {
  it('reads the file name from Content-Disposition', () => {
    expect(fileNameFromDisposition("attachment; filename=inv.pdf; filename*=UTF-8''%E5%8F%91%E7%A5%A8.pdf", 'x.pdf')).toBe('发票.pdf');
    expect(fileNameFromDisposition('attachment; filename="a b.pdf"', 'x.pdf')).toBe('a b.pdf');
    expect(fileNameFromDisposition('attachment; filename=plain.pdf', 'x.pdf')).toBe('plain.pdf');
    expect(fileNameFromDisposition(null, 'x.pdf')).toBe('x.pdf');
    expect(fileNameFromDisposition('inline', 'x.pdf')).toBe('x.pdf');
  });
});
