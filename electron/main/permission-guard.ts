import type { Session } from 'electron';

/**
 * Denies every permission (camera, notifications, clipboard read, HID, USB, ...): the console
 * needs none, and Electron would otherwise grant them all.
 */
export function installPermissionGuard(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
