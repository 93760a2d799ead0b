/** How browser mode carries contract calls over HTTP: POST `${API_PREFIX}<channel>` with the launch token in a header. */
export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-someday-token';
