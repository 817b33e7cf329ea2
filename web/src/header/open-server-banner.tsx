import { useEffect, useState } from 'react';
import { api } from '../api/api-client';

/**
 * A warning across the top of every view when the server checks no accounts
 * (`truce serve --insecure-no-auth`): whoever reads the dashboard should know that anyone who
 * can reach it may change the record, and that the record cannot say who did.
 */
export function OpenServerBanner() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    api.session(controller.signal).then(
      (session) => setOpen(session.auth === 'open'),
      () => {
        // No answer: nothing to warn of that the other views will not show.
      },
    );
    return () => controller.abort();
  }, []);
  if (!open) return null;
  return (
    <p role="alert" className="open-server-banner">
      This server checks no accounts (<code>--insecure-no-auth</code>): anyone who can reach it can
      read and change the record, and every change is recorded under the server&rsquo;s one name.
    </p>
  );
}
