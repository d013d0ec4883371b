/**
 * Runs report jobs for the UI: the report is made off the page (a worker, see
 * export/report/makeReport.ts), with progress, a label of what is happening, and cancel.
 * One job at a time; starting another or unmounting cancels the one under way.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportFile, ReportRequest } from '../../export/report/makeReport';

/**
 * Making a report in the background: progress, the error if it failed, and how to start or cancel
 * it.
 */
export interface ReportJob {
  busy: boolean;
  /** 0…1 while busy. */
  progress: number;
  label: string;
  error: string | null;
  /** Makes the report; null when it was cancelled or failed (then `error` says why). */
  run: (request: ReportRequest) => Promise<ReportFile | null>;
  cancel: () => void;
}

/** Makes a report file, loading the report code only now (it is not in the editor's bundle). */
export async function makeReportFile(
  request: ReportRequest,
  options: { signal?: AbortSignal; onProgress?: (fraction: number, label: string) => void } = {},
): Promise<ReportFile> {
  const { makeReport } = await import('../../export/report/makeReport');
  return makeReport(request, options);
}

/** A report job with progress and cancel, for one dialog. */
export function useReportJob(): ReportJob {
  const [state, setState] = useState({
    busy: false,
    progress: 0,
    label: '',
    error: null as string | null,
  });
  const controllerRef = useRef<AbortController | null>(null);
  useEffect(() => () => controllerRef.current?.abort(), []);

  const cancel = useCallback(() => {
    controllerRef.current?.abort();
    controllerRef.current = null;
    setState({ busy: false, progress: 0, label: '', error: null });
  }, []);

  const run = useCallback(async (request: ReportRequest) => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    setState({ busy: true, progress: 0, label: 'Starting', error: null });
    try {
      const file = await makeReportFile(request, {
        signal: controller.signal,
        onProgress: (progress, label) => {
          if (!controller.signal.aborted) setState((s) => ({ ...s, progress, label }));
        },
      });
      if (controller.signal.aborted) return null;
      setState({ busy: false, progress: 1, label: '', error: null });
      return file;
    } catch (error) {
      if (controller.signal.aborted) return null;
      setState({
        busy: false,
        progress: 0,
        label: '',
        error: error instanceof Error ? error.message : 'The report could not be made.',
      });
      return null;
    } finally {
      if (controllerRef.current === controller) controllerRef.current = null;
    }
  }, []);

  return { ...state, run, cancel };
}
