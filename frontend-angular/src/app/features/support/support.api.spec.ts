import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SupportApi } from './support.api';

describe('SupportApi', () => {
  let api: SupportApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(SupportApi);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  it('uploads a file as multipart form data in the field "file"', () => {
    const file = new File(['hello'], 'log.txt', { type: 'text/plain' });
    let name = '';
    api.upload('t-1', file).subscribe((a) => (name = a.fileName));
    const request = backend.expectOne('/api/tenant/support/tickets/t-1/attachments');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toBeInstanceOf(FormData);
    const sent = (request.request.body as FormData).get('file') as File;
    expect(sent.name).toBe('log.txt');
    // no JSON content type: the browser sets multipart/form-data with its boundary
    expect(request.request.headers.has('Content-Type')).toBe(false);
    request.flush({ id: 'a-1', messageId: null, fileName: 'log.txt', contentType: 'text/plain', sizeBytes: 5, at: '2026-03-01T02:00:00Z' });
    expect(name).toBe('log.txt');
  });

  it('replies with a JSON body and downloads a file as a blob', () => {
    api.reply('t-1', '谢谢').subscribe();
    const reply = backend.expectOne('/api/tenant/support/tickets/t-1/messages');
    expect(reply.request.body).toEqual({ body: '谢谢' });
    reply.flush({});
    api.download('t-1', 'a-1').subscribe();
    const download = backend.expectOne('/api/tenant/support/tickets/t-1/attachments/a-1');
    expect(download.request.responseType).toBe('blob');
    download.flush(new Blob(['x']));
  });
});
