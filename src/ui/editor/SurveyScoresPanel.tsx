/**
 * Survey scores (seed 003): one score card per channel and aspect (average score out of 10,
 * share scoring 10, share scoring 3 or less, sample size, the standard it is held against), and
 * the channels side by side for each aspect, with a bar per average.
 */
import { useId } from 'react';
import { useEditor, useEditorApi } from '../../bindings/EditorProvider';
import { newId } from '../../domain/ids';
import type { SurveyScore } from '../../domain/schema';
import { details } from '../../editor/operations';
import { NumberField, TextField } from './fields';
import { SurveyChart } from './SurveyChart';

/** The channels side by side: one row per aspect, one column per channel (first-seen order). */
export function surveyComparison(scores: readonly SurveyScore[]): {
  channels: string[];
  aspects: { aspect: string; byChannel: (SurveyScore | null)[] }[];
} {
  const channels = [...new Set(scores.map((s) => s.channel.trim()))];
  const aspects = [...new Set(scores.map((s) => s.aspect.trim()))];
  return {
    channels,
    aspects: aspects.map((aspect) => ({
      aspect,
      byChannel: channels.map(
        (channel) =>
          scores.find((s) => s.channel.trim() === channel && s.aspect.trim() === aspect) ?? null,
      ),
    })),
  };
}

const pct = (value: number | null) => (value === null ? '–' : `${value}%`);

/** The survey score cards of the map and their comparison across channels. */
export function SurveyScoresPanel({ editable }: { editable: boolean }) {
  const editor = useEditorApi();
  const scores = useEditor((s) => s.map.surveyScores);
  const setScores = (surveyScores: SurveyScore[]) =>
    editor.run(details.updateDetails, { patch: { surveyScores } });
  const update = (id: string, patch: Partial<SurveyScore>) =>
    setScores(scores.map((s) => (s.id === id ? { ...s, ...patch } : s)));
  const disabled = !editable;
  const { channels, aspects } = surveyComparison(scores);
  const tableId = useId();

  return (
    <>
      <h3>Survey scores</h3>
      {scores.map((score, i) => {
        const n = `score ${i + 1}`;
        return (
          <fieldset key={score.id} className="map-details__score">
            <legend>
              {score.channel || 'Channel'} · {score.aspect || 'aspect'}
            </legend>
            <TextField
              label={`Channel of ${n}`}
              value={score.channel}
              disabled={disabled}
              onChange={(channel) => update(score.id, { channel })}
            />
            <TextField
              label={`Aspect of ${n}`}
              value={score.aspect}
              disabled={disabled}
              onChange={(aspect) => update(score.id, { aspect })}
            />
            <NumberField
              label={`Average of ${n} (out of 10)`}
              value={score.average}
              min={0}
              max={10}
              disabled={disabled}
              onChange={(average) => update(score.id, { average })}
            />
            <NumberField
              label={`Share scoring 10 of ${n} (%)`}
              value={score.shareTop}
              min={0}
              max={100}
              disabled={disabled}
              onChange={(shareTop) => update(score.id, { shareTop })}
            />
            <NumberField
              label={`Share scoring 3 or less of ${n} (%)`}
              value={score.shareBottom}
              min={0}
              max={100}
              disabled={disabled}
              onChange={(shareBottom) => update(score.id, { shareBottom })}
            />
            <NumberField
              label={`Sample size of ${n}`}
              value={score.sampleSize}
              min={0}
              max={100_000_000}
              integer
              disabled={disabled}
              onChange={(sampleSize) => update(score.id, { sampleSize })}
            />
            <TextField
              label={`Standard of ${n}`}
              value={score.standard}
              disabled={disabled}
              onChange={(standard) => update(score.id, { standard })}
            />
            {editable && (
              <button
                type="button"
                className="button--danger"
                aria-label={`Remove ${n}`}
                onClick={() => setScores(scores.filter((s) => s.id !== score.id))}
              >
                Remove
              </button>
            )}
          </fieldset>
        );
      })}
      {editable && (
        <button
          type="button"
          onClick={() =>
            setScores([
              ...scores,
              {
                id: newId(),
                channel: '',
                aspect: '',
                average: null,
                shareTop: null,
                shareBottom: null,
                sampleSize: null,
                standard: '',
              },
            ])
          }
        >
          Add survey score
        </button>
      )}
      {channels.length > 0 && <SurveyChart comparison={{ channels, aspects }} tableId={tableId} />}
      {channels.length > 0 && (
        <table className="map-details__compare" id={tableId}>
          <caption>Channels compared</caption>
          <thead>
            <tr>
              <th scope="col">Aspect</th>
              {channels.map((channel) => (
                <th key={channel} scope="col">
                  {channel || 'No channel'}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {aspects.map(({ aspect, byChannel }) => (
              <tr key={aspect}>
                <th scope="row">{aspect || 'No aspect'}</th>
                {byChannel.map((score, i) => (
                  <td key={channels[i]}>
                    {score === null || score.average === null ? (
                      '–'
                    ) : (
                      <>
                        <span
                          className="map-details__bar"
                          style={{ width: `${score.average * 10}%` }}
                          aria-hidden="true"
                        />
                        {score.average} · 10: {pct(score.shareTop)} · ≤3: {pct(score.shareBottom)}
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
