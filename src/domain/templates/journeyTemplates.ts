/**
 * Two journey map templates drawn from the seed reports:
 * - customer and employee journey (seed 001, a homelessness service map): a user case persona,
 *   customer behaviours, touchpoints with their channel, attitudes and emotions, needs and
 *   wants and numbered pain points in front of the line of visibility; teams and groups,
 *   systems and tools behind it. Each lane's note is the question the seed asks of it.
 * - journey mapping results (seed 000, an Independent Living results report): steps with
 *   evidence cards holding interview tallies, emotions derived from them, moments of truth
 *   chosen by a staff focus group, ideas for improvement and recommendations.
 * A few example cards in the first step show what goes where; they are there to be replaced.
 */
import { reportSettingsFromPreset } from '../reportSettings';
import type { JourneyMap } from '../schema';
import { templateLane, templateMap, templatePhase, type TemplateCard } from './build';

/** The customer and employee journey map (seed 001). */
export function customerEmployeeTemplate(now: Date): JourneyMap {
  const first = 'step-contact-1';
  const cards: TemplateCard[] = [
    {
      kind: 'action',
      id: 'card-example-behaviour',
      laneId: 'lane-behaviours',
      stepId: first,
      title: 'Asked to leave a relative’s house in two weeks; agrees to a referral',
    },
    {
      kind: 'touchpoint',
      id: 'card-example-touchpoint',
      laneId: 'lane-touchpoints',
      stepId: first,
      title: 'Triage call',
      channel: 'phone',
    },
    {
      kind: 'need',
      id: 'card-example-need',
      laneId: 'lane-needs',
      stepId: first,
      title: 'Clear explanation of the process and the timescales involved',
    },
    {
      kind: 'pain-point',
      id: 'card-example-pain',
      laneId: 'lane-pain-points',
      stepId: first,
      title: 'Told to bring documents in two days, then waited 11 days for an appointment',
      severity: 'high',
    },
    {
      kind: 'team',
      id: 'card-example-team',
      laneId: 'lane-teams',
      stepId: first,
      title: 'Housing Advice',
    },
    {
      kind: 'system',
      id: 'card-example-system',
      laneId: 'lane-systems',
      stepId: first,
      title: 'Triage form',
    },
  ];
  return templateMap(
    'template-customer-employee',
    {
      title: 'Customer and employee journey map',
      description:
        'One page: who travels the journey, what they do and feel at each step, and the teams, systems and forms behind it.',
      journeyType: 'Prevention approach',
      personas: [
        {
          id: 'persona-user-case',
          name: 'User case: family (example)',
          picture: { kind: 'avatar', seed: 'user-case-family' },
          quote: 'We don’t have anywhere to go, so we need support to live somewhere.',
          demographics: ['Couple in their mid-twenties, expecting their first child'],
          behaviours: ['Working on low incomes; no benefits claimed'],
          needsAndChallenges: ['Struggling to find a private rent they can afford'],
          goalsAndMotivations: ['A home of their own (two bedrooms) in the same area'],
        },
      ],
      phases: [
        templatePhase('contact', 'Initial contact & assessment', [
          { id: first, title: 'Referral and triage', emotionScore: -1 },
          'First appointment',
        ]),
        templatePhase('application', 'Application & inquiries', ['Options and advice']),
        templatePhase('placement', 'Placement', ['Moving in']),
        templatePhase('stay', 'Stay', ['Living there']),
        templatePhase('offer', 'Permanent offer & move', ['Offer and move']),
      ],
      lanes: [
        templateLane(
          'behaviours',
          'actions',
          'Customer behaviours',
          'What are the actions taken by the customer?',
        ),
        templateLane(
          'touchpoints',
          'touchpoints',
          'Touchpoints',
          'What channels does the customer use to reach you? And you them? (telephone, face to face, letter, email)',
        ),
        templateLane(
          'emotions',
          'emotions',
          'Attitudes + emotions',
          'What attitude or emotion does the journey evoke? (positive, neutral, negative)',
        ),
        templateLane(
          'needs',
          'needs',
          'Needs + wants',
          'What is the customer trying to achieve? What do they need from the service?',
        ),
        templateLane(
          'pain-points',
          'pain-points',
          'Pain points',
          'Numbered in journey order and explained under the map.',
        ),
        templateLane(
          'teams',
          'teams',
          'Teams + groups',
          'What teams and groups are engaged in delivering the experience?',
        ),
        templateLane(
          'systems',
          'systems',
          'Systems + tools',
          'What systems and tools are used to deliver the experience? (forms, letters, case systems)',
        ),
      ],
      cards,
      report: reportSettingsFromPreset('one-page-map'),
    },
    now,
  );
}

/** The journey mapping results report (seed 000). */
export function resultsTemplate(now: Date): JourneyMap {
  const first = 'step-join-1';
  const cards: TemplateCard[] = [
    {
      kind: 'touchpoint',
      id: 'card-example-touchpoint',
      laneId: 'lane-touchpoints',
      stepId: first,
      title: 'Application form on the website',
      channel: 'web',
    },
    {
      kind: 'thought',
      id: 'card-example-thought',
      laneId: 'lane-thoughts',
      stepId: first,
      title: '“That was quicker than I expected.”',
      basis: 'evidenced',
    },
    {
      kind: 'evidence',
      id: 'card-example-evidence',
      laneId: 'lane-evidence',
      stepId: first,
      title: 'What customers said about applying',
      basis: 'evidenced',
      tallies: { positive: 18, neutral: 0, negative: 2 },
      participants: { count: 18, of: 20 },
      quotes: [{ id: 'quote-example-1', participant: 'P01', text: 'It was straightforward.' }],
      researchId: 'research-interviews',
    },
    {
      kind: 'pain-point',
      id: 'card-example-pain',
      laneId: 'lane-pain-points',
      stepId: first,
      title: 'Two customers found the application difficult at first',
      basis: 'evidenced',
    },
    {
      kind: 'idea',
      id: 'card-example-idea',
      laneId: 'lane-ideas',
      stepId: first,
      title: 'Audit the online form with customers',
      tags: ['Staff focus group'],
    },
  ];
  const step = (key: string, n: number, title: string) => ({
    id: `step-${key}-${n}`,
    title,
    emotionSource: 'evidence' as const,
  });
  return templateMap(
    'template-results',
    {
      title: 'Journey mapping results',
      description:
        'What customers said at each step (interview tallies and quotes), how they felt, the moments of truth and the ideas for improvement.',
      research: [
        {
          id: 'research-interviews',
          method: 'interviews',
          notes: 'Who was interviewed, how many, when and by whom.',
        },
      ],
      phases: [
        templatePhase('join', 'Join', [
          {
            ...step('join', 1, 'Apply or referred'),
            momentOfTruth: { reason: 'Why the focus group chose this step as a moment of truth.' },
          },
          step('join', 2, 'Receive information'),
        ]),
        templatePhase('settle', 'Settle in', [step('settle', 1, 'Settled into the service')]),
        templatePhase('support', 'Ongoing support', [
          step('support', 1, 'Regular contact'),
          step('support', 2, 'Review'),
        ]),
        templatePhase('leave', 'Leave', [step('leave', 1, 'Leave the service')]),
      ],
      lanes: [
        templateLane('touchpoints', 'touchpoints', 'Touchpoints', 'How the customer meets us.'),
        templateLane('thoughts', 'thoughts', 'Thoughts & feelings', 'What customers said.'),
        templateLane('emotions', 'emotions', 'Emotions', 'Derived from the evidence tallies.'),
        templateLane(
          'evidence',
          'evidence',
          'Evidence from interviews',
          'Tallies of positive comments and problems at each step, with quotes.',
        ),
        templateLane('pain-points', 'pain-points', 'Pain points'),
        templateLane('love-points', 'love-points', 'Love points'),
        templateLane(
          'ideas',
          'opportunities',
          'Ideas for improvement',
          'Ideas from the staff focus group.',
        ),
        templateLane('recommendations', 'recommendations', 'Recommendations'),
      ],
      cards,
      report: reportSettingsFromPreset('results'),
    },
    now,
  );
}
