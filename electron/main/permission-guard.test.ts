import { describe, expect, it } from 'vitest';
import { installPermissionGuard } from './permission-guard';

describe('installPermissionGuard', () => {
  it('denies every permission request and check, whatever the origin', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
    };
    installPermissionGuard(session as never);

    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      const answers: boolean[] = [];
      (handlers.request as (c: unknown, p: string, cb: (ok: boolean) => void) => void)({}, permission, (ok) => answers.push(ok));
      expect(answers).toEqual([false]);
      expect((handlers.check as (c: unknown, p: string, o: string) => boolean)({}, permission, 'app://portcullis')).toBe(false);
    }
    expect((handlers.device as (d: unknown) => boolean)({ deviceType: 'usb', origin: 'app://portcullis' })).toBe(false);
  });
});
