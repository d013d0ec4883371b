import { useId, useState } from 'react';
import { normalizeJoinCode } from '../../sync/protocol';
import { createLiveApi } from '../../sync/liveApi';
import { displayName, rememberDisplayName } from '../../sync/live/liveRecords';
import { hrefFor, navigate } from '../routes';
import { findLiveServer } from './liveServer';
import './live.css';

/**
 * Where a participant joins a live session by typing the short code the facilitator shows,
 * with the name the others will see. No account: a code and a name.
 */
export function JoinPage({ initialCode }: { initialCode: string }) {
  const codeId = useId();
  const nameId = useId();
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState(displayName());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const join = async () => {
    const normal = normalizeJoinCode(code);
    if (!normal) {
      setError('A code is 6 letters and digits, such as K7MPQ2.');
      return;
    }
    if (name.trim() === '') {
      setError('Type the name the others will see.');
      return;
    }
    setBusy(true);
    setError(null);
    const server = await findLiveServer();
    if (!server) {
      setBusy(false);
      setError('No live server answers. Ask the facilitator for the session link instead.');
      return;
    }
    try {
      const room = await createLiveApi(server).join(normal);
      rememberDisplayName(name.trim());
      navigate({
        page: 'live',
        roomId: room.roomId,
        token: room.participantToken,
        server: server === location.origin ? null : server,
        role: 'participant',
      });
    } catch {
      setBusy(false);
      setError('That code did not match a live session. Check it with the facilitator.');
    }
  };

  return (
    <main className="live-join">
      <h1>Join a live session</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void join();
        }}
      >
        <label htmlFor={codeId}>Session code</label>
        <input
          id={codeId}
          className="live-join__code"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          onChange={(event) => setCode(event.target.value)}
        />
        <label htmlFor={nameId}>Your name (the others see it)</label>
        <input
          id={nameId}
          value={name}
          autoComplete="name"
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button--primary" disabled={busy}>
          {busy ? 'Joining…' : 'Join'}
        </button>
        {error ? <p role="alert">{error}</p> : null}
      </form>
      <p>
        <a href={hrefFor({ page: 'library' })}>Go to my maps instead</a>
      </p>
    </main>
  );
}
