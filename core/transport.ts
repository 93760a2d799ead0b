/** How browser mode carries contract calls over HTTP: POST `${API_PREFIX}<channel>` with the launch token in a header. */
export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-someday-token';
/** Browser mode streams an export file up (POST, token header, the file's name in `?name=`) and down (GET, one-time id). */
export const UPLOAD_PATH = '/upload/import';
export const DOWNLOAD_PREFIX = '/download/';
