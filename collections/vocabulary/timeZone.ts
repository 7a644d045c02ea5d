/**
 * The portal's time zone: events are entered, and every date and time is shown, in Vietnam time
 * (UTC+7, no daylight saving). Stored instants are UTC.
 */
export const PORTAL_TIME_ZONE = 'Asia/Ho_Chi_Minh'
