/** The localStorage key that says this browser holds uploads (read before the engine starts, and by the first screen's boot script). */
export const UPLOADS_MARK = 'de-an-06-uploads';
