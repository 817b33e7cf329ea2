/** Text as HTML text or attribute value. */
const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The sign-in page: one form, no script, the dashboard's colours. Served by the server itself
 * so signing in needs nothing built.
 */
export function loginPage(options: { readonly next: string; readonly problem?: string }): string {
  const problem =
    options.problem === undefined
      ? ''
      : `<p class="problem" role="alert">${escapeHtml(options.problem)}</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · Truce</title>
<style>
  :root { --ink: #1b1f24; --muted: #4b5563; --line: #d1d5db; --paper: #ffffff; --wash: #f3f4f6;
    --accent: #1d4ed8; --accent-ink: #ffffff; --focus: #f59e0b; --violated-bg: #fee2e2;
    --violated-ink: #7f1d1d; font-family: system-ui, -apple-system, 'Segoe UI', Roboto,
    'Noto Sans', sans-serif; font-size: 15px; line-height: 1.5; color: var(--ink);
    background: var(--wash); }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; }
  main { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
    padding: 2rem; width: min(22rem, 92vw); }
  h1 { font-size: 1.3rem; margin: 0 0 1rem; }
  label { display: block; margin: 0.8rem 0 0.2rem; color: var(--muted); }
  input { width: 100%; box-sizing: border-box; padding: 0.5rem; font: inherit;
    border: 1px solid var(--line); border-radius: 4px; }
  button { margin-top: 1.2rem; width: 100%; padding: 0.55rem; font: inherit; border: 0;
    border-radius: 4px; background: var(--accent); color: var(--accent-ink); cursor: pointer; }
  :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
  .problem { background: var(--violated-bg); color: var(--violated-ink); padding: 0.5rem;
    border-radius: 4px; }
  .hint { color: var(--muted); font-size: 0.9rem; margin-top: 1.2rem; }
</style>
</head>
<body>
<main>
<h1>Sign in to Truce</h1>
${problem}
<form method="post" action="/login">
<input type="hidden" name="next" value="${escapeHtml(options.next)}">
<label for="name">Name</label>
<input id="name" name="name" autocomplete="username" required autofocus>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
<p class="hint">No password yet? An admin sets one with <code>truce user password NAME</code>; on
this machine, <code>truce start</code> prints a one-time sign-in link.</p>
</main>
</body>
</html>
`;
}
