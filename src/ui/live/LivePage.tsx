import { useEffect, useId, useState } from 'react';
import { EditorProvider, useEditor } from '../../bindings/EditorProvider';
import { JoinedMapSession, type JoinRequest } from '../../session/joinedSession';
import { displayName, joinedSession, rememberDisplayName } from '../../sync/live/liveRecords';
import { MapEditor } from '../editor/MapEditor';
import { hrefFor, navigate, type Route } from '../routes';
import { useServices } from '../services';
import { LiveStatusBadge } from './LiveStatusBadge';
import './live.css';

type LiveRoute = Extract<Route, { page: 'live' }>;

type Joining =
  | { status: 'name' }
  | { status: 'joining' }
  | { status: 'error'; message: string }
  | { status: 'open'; session: JoinedMapSession };

/**
 * A live session joined with a link: asks for a display name the first time, joins (with the
 * editor token this device was given if the facilitator promoted it) and shows the map in the
 * editor, as an editor or a participant.
 */
export function LivePage({ route }: { route: LiveRoute }) {
  const [name, setName] = useState(displayName());
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ attempt: number; state: Joining } | null>(null);
  const state: Joining = !name
    ? { status: 'name' }
    : result?.attempt === attempt
      ? result.state
      : { status: 'joining' };

  useEffect(() => {
    if (!name) return;
    let disposed = false;
    let opened: JoinedMapSession | null = null;
    const known = joinedSession(route.roomId);
    const request: JoinRequest = {
      serverUrl: route.server ?? location.origin,
      roomId: route.roomId,
      token: known?.token ?? route.token,
      role: known?.role ?? route.role,
      name,
    };
    void JoinedMapSession.open(request).then((outcome) => {
      if (!outcome.ok) {
        if (!disposed)
          setResult({ attempt, state: { status: 'error', message: outcome.failure.message } });
        return;
      }
      opened = outcome.session;
      if (disposed) void opened.close();
      else setResult({ attempt, state: { status: 'open', session: opened } });
    });
    return () => {
      disposed = true;
      void opened?.close();
    };
  }, [route.roomId, route.token, route.server, route.role, name, attempt]);

  if (state.status === 'name') {
    return (
      <NameForm
        onName={(chosen) => {
          rememberDisplayName(chosen);
          setName(chosen);
        }}
      />
    );
  }
  if (state.status === 'joining') {
    return (
      <main className="live-join">
        <p role="status">Joining the live session…</p>
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main className="live-join">
        <h1>The session could not be joined</h1>
        <p role="alert">{state.message}</p>
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          Try again
        </button>{' '}
        <a href={hrefFor({ page: 'library' })}>Go to my maps</a>
      </main>
    );
  }
  return (
    <EditorProvider editor={state.session.editor}>
      <div className="editor-page">
        <JoinedHeader session={state.session} />
        <MapEditor />
      </div>
    </EditorProvider>
  );
}

function NameForm({ onName }: { onName: (name: string) => void }) {
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <main className="live-join">
      <h1>Join a live session</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (value.trim() === '') setError('Type the name the others will see.');
          else onName(value.trim());
        }}
      >
        <label htmlFor={id}>Your name (the others see it)</label>
        <input
          id={id}
          value={value}
          autoComplete="name"
          autoFocus
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="button--primary">
          Join
        </button>
        {error ? <p role="alert">{error}</p> : null}
      </form>
    </main>
  );
}

/** The header of a joined session: the map's title, the live status, keep a copy, leave. */
function JoinedHeader({ session }: { session: JoinedMapSession }) {
  const { repository } = useServices();
  const title = useEditor((s) => s.map.title);
  const role = useEditor((s) => s.role);
  const [kept, setKept] = useState<string | null>(null);
  return (
    <header className="editor-header">
      <a className="editor-header__back" href={hrefFor({ page: 'library' })}>
        ← Leave
      </a>
      <h1 className="editor-header__title">{title || 'Untitled map'}</h1>
      <LiveStatusBadge />
      <span className="editor-header__role">
        {role === 'participant' ? 'You can comment, vote and rate pain points' : 'You can edit'}
      </span>
      {role !== 'participant' ? (
        <button
          type="button"
          onClick={() =>
            void session.keepCopy(repository).then(
              (id) => setKept(id),
              () => setKept(null),
            )
          }
        >
          Keep a copy in my library
        </button>
      ) : null}
      {kept ? (
        <p role="status">
          A copy is in your library.{' '}
          <a
            href={hrefFor({ page: 'map', mapId: kept })}
            onClick={() => navigate({ page: 'map', mapId: kept })}
          >
            Open it
          </a>
        </p>
      ) : null}
    </header>
  );
}
