/** At least 8 characters from at least three of: lower, upper, digit, symbol (等保 2.0 practice). */
export function passwordProblem(password: string): 'length' | 'classes' | null {
  if (password.length < 8 || password.length > 128) return 'length';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  return classes >= 3 ? null : 'classes';
}
