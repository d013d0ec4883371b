import { useEffect, useId, useRef, useState } from 'react';
import { useInertOthers } from '../common/useInertOthers';
import { useStore } from 'zustand';
import { useEditorApi } from '../../bindings/EditorProvider';
import type { MapSession } from '../../session/mapSession';
import { useFocusTrap } from '../common/useFocusTrap';
import { PeopleHere } from './PeopleHere';
import { QrCode } from './QrCode';
import { findLiveServer, joinPageLink, liveServerAnswers, sessionLink } from './liveServer';
import './live.css';

type Check = 'looking' | 'found' | 'missing' | 'checking';

/**
 * "Share live": starts a live session of the open map (a live server is needed, and this
 * dialog says so when there is none), then shows how people join: a short code and a QR code
 * for participants, links for participants and editors, who is here (with "Make … an editor"),
 * and "End session for everyone". Modal: focus stays inside, Esc closes.
 */
export function LiveDialog({ session, onClose }: { session: MapSession; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useInertOthers(ref);
  const titleId = useId();
  const editor = useEditorApi();
  const status = useStore(editor.presence, (s) => s.status);
  const [live, setLive] = useState(session.live);
  const [server, setServer] = useState('');
  const [check, setCheck] = useState<Check>('looking');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  useFocusTrap(ref, onClose);

  useEffect(() => {
    if (live) return;
    let cancelled = false;
    void findLiveServer().then((found) => {
      if (cancelled) return;
      setServer(found ?? '');
      setCheck(found ? 'found' : 'missing');
    });
    return () => {
      cancelled = true;
    };
  }, [live]);

  const checkServer = async () => {
    setCheck('checking');
    setCheck((await liveServerAnswers(server.trim())) ? 'found' : 'missing');
  };

  const start = async () => {
    setBusy(true);
    setMessage(null);
    try {
      setLive(await session.goLive(server.trim()));
    } catch {
      setMessage({
        tone: 'error',
        text: `The live server at ${server.trim()} did not start a session. Check that it is running and try again.`,
      });
    } finally {
      setBusy(false);
    }
  };

  const end = async () => {
    setBusy(true);
    try {
      await session.endLive();
      setLive(null);
      setConfirmingEnd(false);
      setMessage({
        tone: 'info',
        text: 'The session has ended. The map, with everything done in it, is in your library.',
      });
    } catch {
      setMessage({
        tone: 'error',
        text: 'The live server could not be reached, so the session goes on. Try again when the network is back.',
      });
    } finally {
      setBusy(false);
    }
  };

  const promote = async (participantId: string) => {
    try {
      await live?.promote(participantId);
      setMessage({ tone: 'info', text: 'They can now change the map.' });
    } catch {
      setMessage({ tone: 'error', text: 'They could not be made an editor: they may have left.' });
    }
  };

  return (
    <div className="live-backdrop">
      <div
        ref={ref}
        className="live-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
      >
        <h2 id={titleId}>Live session</h2>
        {live ? (
          <LiveDetails
            record={live.record}
            online={status === 'online'}
            onPromote={(id) => void promote(id)}
          />
        ) : (
          <StartForm
            server={server}
            check={check}
            busy={busy}
            onServer={(value) => {
              setServer(value);
              setCheck('missing');
            }}
            onCheck={() => void checkServer()}
            onStart={() => void start()}
          />
        )}
        {message ? (
          <p
            role={message.tone === 'error' ? 'alert' : 'status'}
            className={`live-message live-message--${message.tone}`}
          >
            {message.text}
          </p>
        ) : null}
        <div className="live-dialog__footer">
          {live && !confirmingEnd ? (
            <button
              type="button"
              className="button--danger"
              disabled={busy}
              onClick={() => setConfirmingEnd(true)}
            >
              End session for everyone
            </button>
          ) : null}
          {live && confirmingEnd ? (
            <span className="live-dialog__confirm">
              <span>End it? Everyone is disconnected; the map stays in your library.</span>
              <button
                type="button"
                className="button--danger"
                disabled={busy}
                onClick={() => void end()}
              >
                Yes, end the session
              </button>
              <button type="button" onClick={() => setConfirmingEnd(false)}>
                Keep it going
              </button>
            </span>
          ) : null}
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}

function StartForm(props: {
  server: string;
  check: Check;
  busy: boolean;
  onServer: (value: string) => void;
  onCheck: () => void;
  onStart: () => void;
}) {
  const fieldId = useId();
  const { server, check } = props;
  return (
    <>
      <p>
        People join this map from their own devices, with a link or a code and no account: editors
        change it with you; participants comment, vote and set pain point severity. The map stays in
        your library and keeps being saved here.
      </p>
      <label htmlFor={fieldId}>Live server address</label>
      <div className="live-dialog__row">
        <input
          id={fieldId}
          type="url"
          value={server}
          placeholder="http://192.168.1.20:4455"
          onChange={(event) => props.onServer(event.target.value)}
        />
        <button
          type="button"
          onClick={props.onCheck}
          disabled={server.trim() === '' || check === 'checking'}
        >
          Check
        </button>
      </div>
      <p role="status" className="live-dialog__check">
        {check === 'looking' || check === 'checking'
          ? 'Looking for a live server…'
          : check === 'found'
            ? `A live server answers at ${server}.`
            : 'No live server answers here. Live sessions need one: run “npm run server” (see the README) on a computer everyone can reach, and enter its address.'}
      </p>
      <button
        type="button"
        className="button--primary"
        disabled={check !== 'found' || props.busy}
        onClick={props.onStart}
      >
        Start live session
      </button>
    </>
  );
}

function LiveDetails({
  record,
  online,
  onPromote,
}: {
  record: NonNullable<MapSession['live']>['record'];
  online: boolean;
  onPromote: (participantId: string) => void;
}) {
  const participantLink = sessionLink(
    record.serverUrl,
    record.roomId,
    record.participantToken,
    'participant',
  );
  const editorLink = sessionLink(record.serverUrl, record.roomId, record.editorToken, 'editor');
  return (
    <>
      {!online ? (
        <p className="live-dialog__check" role="status">
          Not connected to the live server right now: your changes are kept and sent when it is
          back.
        </p>
      ) : null}
      <section aria-labelledby="live-participants" className="live-dialog__section">
        <h3 id="live-participants">Participants</h3>
        <p>
          Open <strong>{joinPageLink()}</strong> and type the code{' '}
          <strong className="live-code" aria-label={`Code ${record.code.split('').join(' ')}`}>
            {record.code}
          </strong>
          , or scan the QR code, or use the link.
        </p>
        <QrCode value={participantLink} label="QR code of the participant link" />
        <CopyLink label="Participant link" value={participantLink} />
      </section>
      <section aria-labelledby="live-editors" className="live-dialog__section">
        <h3 id="live-editors">Editors</h3>
        <CopyLink label="Editor link" value={editorLink} />
      </section>
      <section aria-labelledby="live-people" className="live-dialog__section">
        <h3 id="live-people">Who is here</h3>
        <PeopleHere onPromote={onPromote} />
      </section>
    </>
  );
}

function CopyLink({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="live-dialog__link">
      <label htmlFor={id}>{label}</label>
      <div className="live-dialog__row">
        <input id={id} readOnly value={value} onFocus={(event) => event.currentTarget.select()} />
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard?.writeText(value).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          Copy {label.toLowerCase()}
        </button>
      </div>
      <span role="status" className="live-dialog__copied">
        {copied ? 'Copied' : ''}
      </span>
    </div>
  );
}
