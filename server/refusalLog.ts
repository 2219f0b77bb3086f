/**
 * 401 and 403 anywhere, and 404 under `/api/` (a record someone may not read answers 404, so ids
 * cannot be probed): each is worth a log line. 404s elsewhere are the web's noise, not refusals.
 */
export function isLoggedRefusal(status: number, path: string): boolean {
  return status === 401 || status === 403 || (status === 404 && path.startsWith('/api/'));
}
