/**
 * Three templates for looking at a service rather than one customer's journey:
 * - service blueprint: physical evidence and customer actions above the line of interaction,
 *   frontstage actions above the line of visibility, backstage actions, and support processes
 *   below the line of internal interaction (domain/serviceLines.ts);
 * - scrutiny review (seeds 002 and 003): service standards against targets, survey scores,
 *   what customers told the group, and recommendations each with why;
 * - action plan (seed 004): one phase per improvement area (theme), the issues, the actions with
 *   who, by when and status, and the measures they should move.
 * A few example cards show what goes where; they are there to be replaced.
 */
import { reportSettingsFromPreset } from '../reportSettings';
import type { JourneyMap } from '../schema';
import { templateLane, templateMap, templatePhase, type TemplateCard } from './build';

/** A service blueprint of a repairs service. */
export function serviceBlueprintTemplate(now: Date): JourneyMap {
  const first = 'step-report-1';
  const cards: TemplateCard[] = [
    {
      kind: 'touchpoint',
      id: 'card-example-evidence',
      laneId: 'lane-evidence',
      stepId: first,
      title: 'Repairs form on the website',
      channel: 'web',
    },
    {
      kind: 'action',
      id: 'card-example-customer',
      laneId: 'lane-customer',
      stepId: first,
      title: 'Reports a leaking tap',
    },
    {
      kind: 'note',
      id: 'card-example-frontstage',
      laneId: 'lane-frontstage',
      stepId: first,
      title: 'Adviser logs the repair and gives a reference',
    },
    {
      kind: 'note',
      id: 'card-example-backstage',
      laneId: 'lane-backstage',
      stepId: first,
      title: 'Repair triaged and sent to the contractor',
    },
    {
      kind: 'system',
      id: 'card-example-support',
      laneId: 'lane-support',
      stepId: first,
      title: 'Repairs management system',
    },
  ];
  return templateMap(
    'template-service-blueprint',
    {
      title: 'Service blueprint',
      description:
        'What the customer does and sees, what staff do in front of them and behind the scenes, and the systems that support it.',
      settings: { showEmotionCurve: false },
      phases: [
        templatePhase('report', 'Report', ['Report a repair', 'Book an appointment']),
        templatePhase('repair', 'Repair', ['Visit', 'Repair completed']),
        templatePhase('follow-up', 'Follow up', ['Satisfaction check']),
      ],
      lanes: [
        templateLane(
          'evidence',
          'touchpoints',
          'Physical evidence',
          'What the customer sees and touches: letters, forms, the website, the van at the door.',
          'customer',
        ),
        templateLane(
          'customer',
          'actions',
          'Customer actions',
          'The steps the customer takes.',
          'customer',
        ),
        templateLane(
          'frontstage',
          'custom',
          'Frontstage actions',
          'What staff do where the customer sees them: calls, visits, face to face.',
          'frontstage',
        ),
        templateLane(
          'backstage',
          'custom',
          'Backstage actions',
          'What staff do that the customer does not see.',
          'backstage',
        ),
        templateLane(
          'support',
          'systems',
          'Support processes',
          'Systems, contractors, policies and teams that support the staff.',
          'support',
        ),
      ],
      cards,
      report: reportSettingsFromPreset('one-page-map'),
    },
    now,
  );
}

/** A tenant scrutiny review of a complaints service (seeds 002 and 003). */
export function scrutinyReviewTemplate(now: Date): JourneyMap {
  const cards: TemplateCard[] = [
    {
      kind: 'metric',
      id: 'card-example-standard',
      laneId: 'lane-standards',
      stepId: 'step-stage-2-2',
      title: 'Stage 2 complaints answered within the Ombudsman’s timescales',
      value: 74.4,
      target: 83.6,
      unit: '%',
    },
    {
      kind: 'metric',
      id: 'card-example-survey',
      laneId: 'lane-survey',
      stepId: 'step-complain-1',
      title: 'Ease of making a complaint (average score, 1–10)',
      value: 6.8,
      target: 8,
      sampleSize: 120,
    },
    {
      kind: 'evidence',
      id: 'card-example-finding',
      laneId: 'lane-findings',
      stepId: 'step-stage-1-1',
      title: 'Customers were not kept up to date while the complaint was investigated',
      basis: 'evidenced',
      source: 'Interviews with customers',
    },
    {
      kind: 'recommendation',
      id: 'card-example-recommendation',
      laneId: 'lane-recommendations',
      stepId: 'step-stage-1-1',
      title: 'Update the customer at every stage of a complaint',
      why: 'Customers felt they were not listened to, and the complaint escalated.',
      theme: 'Communication',
      answers: 'card-example-finding',
    },
  ];
  return templateMap(
    'template-scrutiny-review',
    {
      title: 'Scrutiny review',
      description:
        'A customer scrutiny group’s review of a service: standards against targets, survey scores, findings, and recommendations with why.',
      phases: [
        templatePhase('complain', 'Complain', ['Make a complaint', 'Acknowledgement']),
        templatePhase('stage-1', 'Stage 1', ['Investigation', 'Response']),
        templatePhase('stage-2', 'Stage 2', ['Escalation', 'Final response']),
      ],
      lanes: [
        templateLane(
          'standards',
          'metrics',
          'Service standards',
          'Each standard with its target and the actual figure.',
        ),
        templateLane(
          'survey',
          'metrics',
          'Survey scores',
          'Average score per channel and aspect, with the share of 10s and of 3 or less.',
        ),
        templateLane(
          'findings',
          'evidence',
          'What we found',
          'From the desktop review, interviews with customers and staff, and mystery shopping.',
        ),
        templateLane('pain-points', 'pain-points', 'Pain points'),
        templateLane(
          'recommendations',
          'recommendations',
          'Recommendations',
          'Each with why; the landlord’s response and the action plan follow.',
        ),
      ],
      cards,
      report: reportSettingsFromPreset('scrutiny'),
    },
    now,
  );
}

/** An action plan by improvement area (seed 004). */
export function actionPlanTemplate(now: Date): JourneyMap {
  const areas = [
    ['experience', 'Experience', 'Service range, quality, ease of dealing with us'],
    ['complaints', 'Complaints handling', 'Handling, outcome and speed of complaints'],
    ['ethos', 'Customer ethos', 'Interactions, caring about customers, keeping promises'],
    ['connection', 'Emotional connection', 'Building trust and reassuring customers'],
    ['ethics', 'Ethics', 'Openness, transparency, doing the right thing'],
  ] as const;
  const cards: TemplateCard[] = [
    {
      kind: 'pain-point',
      id: 'card-example-issue',
      laneId: 'lane-issues',
      stepId: 'step-experience-1',
      title: 'Ease of access: no way to get help online',
    },
    {
      kind: 'recommendation',
      id: 'card-example-action',
      laneId: 'lane-actions',
      stepId: 'step-experience-1',
      title: 'Live chat on the website',
      theme: 'Experience',
      owner: 'Head of ICT',
      targetDate: '2026-03-31',
      status: 'on-track',
      answers: 'card-example-issue',
    },
    {
      kind: 'recommendation',
      id: 'card-example-action-2',
      laneId: 'lane-actions',
      stepId: 'step-complaints-1',
      title: 'A named point of contact for every formal complaint',
      theme: 'Complaints handling',
      owner: 'Assistant Company Secretary',
      targetDate: '2025-10-31',
      status: 'complete',
      completedDate: '2025-10-15',
    },
    {
      kind: 'metric',
      id: 'card-example-measure',
      laneId: 'lane-measures',
      stepId: 'step-complaints-1',
      title: 'Satisfaction with complaint handling',
      value: 41,
      target: 60,
      unit: '%',
    },
  ];
  return templateMap(
    'template-action-plan',
    {
      title: 'Action plan',
      description:
        'Actions by improvement area: the issue, the action, by whom, by when, status and progress updates, compared month on month.',
      phases: areas.map(([key, name, step]) => templatePhase(key, name, [step])),
      lanes: [
        templateLane('issues', 'pain-points', 'Issues', 'What customers said needs to improve.'),
        templateLane(
          'actions',
          'recommendations',
          'Actions',
          'By whom, by when, status (green, amber, red, on hold, not started, complete) and progress updates.',
        ),
        templateLane('measures', 'metrics', 'Measures', 'The scores these actions should move.'),
      ],
      cards,
      report: reportSettingsFromPreset('action-plan-update'),
    },
    now,
  );
}
