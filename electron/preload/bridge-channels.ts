/** The one channel on which the main process pushes backend events to the renderer. */
export const eventChannel = 'portcullis:event';
