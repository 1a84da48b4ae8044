/** Messages of the platform's protections: throttled sign-in, characters refused in any field. */
export const zh = {
  'error.rate_limited': '请求过于频繁，请 {seconds} 秒后再试',
  'field.control_char': '含有不可见的控制字符（NUL），请删除后重新提交',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'error.rate_limited': 'Too many requests; try again in {seconds} seconds',
  'field.control_char': 'Contains an invisible control character (NUL); remove it and submit again',
};
