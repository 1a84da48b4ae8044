import { defaultPathSerializer } from 'openapi-fetch';
import type { PathsWithMethod } from 'openapi-typescript-helpers';
import { apiLanguage, networkError, parseError, toApiError } from './api-error.ts';
import { type ApiAnswer, type ApiPathParams, type ApiQuery, toQueryString } from './client.ts';
import type { paths } from './openapi.generated.ts';

type Upload = PathsWithMethod<paths, 'post'>;
type Download = PathsWithMethod<paths, 'get'>;

/**
 * Uploads one file as multipart field `file`, reporting progress (0–100) from XHR upload
 * events, which fetch cannot give. Resolves with the server's JSON; rejects with an ApiError.
 */
export function uploadFile<Path extends Upload>(
  path: Path,
  file: File,
  options: { query: ApiQuery<Path, 'post'>; onProgress?: (percent: number) => void },
) {
  return new Promise<ApiAnswer<Path, 'post'>>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${path}${toQueryString(options.query)}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', apiLanguage());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        options.onProgress?.(100);
        resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as ApiAnswer<Path, 'post'>);
      } else reject(toApiError(xhr.status, xhr.statusText, xhr.responseText));
    };
    xhr.onerror = () => reject(networkError());
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
}

function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return disposition?.match(/filename="?([^";]+)"?/i)?.[1] ?? fallback;
}

/**
 * Downloads a file the server builds (an Excel export, a template, the error rows) under the
 * name it sends, so a failure shows the server's message instead of a JSON page.
 */
export async function downloadFile<Path extends Download>(
  path: Path,
  params: { path?: ApiPathParams<Path>; query?: ApiQuery<Path> },
  fallbackName = 'download.xlsx',
): Promise<void> {
  let response: Response;
  const target = defaultPathSerializer(path, params.path ?? {}) + toQueryString(params.query);
  try {
    response = await fetch(target, {
      credentials: 'same-origin',
      headers: { 'Accept-Language': apiLanguage() },
    });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw await parseError(response);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
