/**
 * The sample map every new user sees on first run: the Independent Living customer journey
 * mapping report of One Vision Housing (Customer Experience Team, Quarter Three 2025/26).
 *
 * Steps, tallies, moments of truth, problems, praise and ideas follow the report. Quotes are
 * close paraphrases of the report's interview summary (it gives no verbatim quotes or
 * participant ids, so the ids are illustrative), and the persona is illustrative too: the
 * report has none. Recommendation owners, dates and statuses are examples of how the focus
 * group's ideas could be tracked.
 *
 * Ids are fixed and readable (`step-apply`, `lane-evidence`, `card-ev-1` …) so tests and
 * other code can refer to them.
 */
import { deriveEmotionScore } from './evidence';
import { newLane } from './edits';
import { journeyMapSchema, type JourneyMap, type JourneyMapInput, type Tallies } from './schema';

type CardInput = NonNullable<JourneyMapInput['cards']>[number];
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A card before it gets its place in its cell: `order` is given by position in the list. */
type UnplacedCard = DistributiveOmit<CardInput, 'order'>;

/** The id of the sample map, the same in every browser (so it is added only once). */
export const SAMPLE_MAP_ID = 'sample-independent-living';
/** The id of the sample map's research record (its evidence cards point at it). */
export const SAMPLE_RESEARCH_ID = 'research-interviews';
const SOURCE = 'Customer interviews, Q2 2025/26';
const INTERVIEWED = 20;

/**
 * An emotion score from interview tallies, by the net share of comments
 * ((positive − negative) / all): +2 from 0.85, +1 from 0.3, 0 above −0.3, −1 above −0.85.
 */
const TALLIES = {
  'step-apply': { positive: 18, neutral: 0, negative: 2 },
  'step-resources': { positive: 19, neutral: 0, negative: 1 },
  'step-settle': { positive: 18, neutral: 0, negative: 2 },
  'step-appointments': { positive: 16, neutral: 2, negative: 2 },
  'step-review': { positive: 19, neutral: 0, negative: 1 },
  'step-leave': { positive: 19, neutral: 0, negative: 1 },
} as const satisfies Record<string, Tallies>;
type StepId = keyof typeof TALLIES;

const step = (
  id: StepId,
  title: string,
  description: string,
  momentOfTruth: string | null = null,
) => ({
  id,
  title,
  description,
  emotionScore: deriveEmotionScore(TALLIES[id]),
  emotionSource: 'evidence' as const,
  momentOfTruth: momentOfTruth === null ? null : { reason: momentOfTruth },
});

const evidence = (
  n: number,
  stepId: StepId,
  title: string,
  description: string,
  quotes: [participant: string, text: string][],
): UnplacedCard => ({
  kind: 'evidence',
  id: `card-ev-${n}`,
  laneId: 'lane-evidence',
  stepId,
  title,
  description,
  basis: 'evidenced',
  tallies: TALLIES[stepId],
  participants: { count: TALLIES[stepId].positive, of: INTERVIEWED },
  quotes: quotes.map(([participant, text], i) => ({
    id: `quote-${n}-${i + 1}`,
    participant,
    text,
  })),
  source: SOURCE,
  researchId: SAMPLE_RESEARCH_ID,
});

const idea = (id: string, stepId: StepId, title: string, description: string): UnplacedCard => ({
  kind: 'idea',
  id: `card-idea-${id}`,
  laneId: 'lane-ideas',
  stepId,
  title,
  description,
  tags: ['Staff Focus Group'],
});

/** Gives every card its dense place (0 … n−1) in its cell, in list order. */
function placeCards(cards: readonly UnplacedCard[]): CardInput[] {
  const next = new Map<string, number>();
  return cards.map((card) => {
    const key = `${card.laneId}|${card.stepId}`;
    const order = next.get(key) ?? 0;
    next.set(key, order + 1);
    return { ...card, order } as CardInput;
  });
}

/** The Independent Living sample map, valid and fully defaulted. */
export function createSampleMap(now: Date = new Date()): JourneyMap {
  const timestamp = now.toISOString();

  const lanes = [
    newLane('touchpoints', 'Touchpoints', 'lane-touchpoints'),
    newLane('actions', 'Actions / thoughts & feelings', 'lane-actions'),
    newLane('emotions', 'Emotions', 'lane-emotions'),
    {
      ...newLane('evidence', 'Evidence from interviews', 'lane-evidence'),
      note: 'Tallies of the comments made by the 20 customers interviewed at each journey step.',
    },
    newLane('pain-points', 'Pain points', 'lane-pain-points'),
    newLane('love-points', 'Love points', 'lane-love-points'),
    {
      ...newLane('opportunities', 'Ideas for improvement', 'lane-ideas'),
      note: 'Some of the ideas for improvement from the Staff Focus Group.',
    },
    newLane('recommendations', 'Recommendations', 'lane-recommendations'),
  ];

  const cards: UnplacedCard[] = [
    // ─── Touchpoints ─────────────────────────────────────────────────────────────────────
    {
      kind: 'touchpoint',
      id: 'card-tp-ppp',
      laneId: 'lane-touchpoints',
      stepId: 'step-apply',
      title: 'Property Pool Plus application',
      description: 'Customers apply for Independent Living through Property Pool Plus (PPP).',
      channel: 'web',
    },
    {
      kind: 'touchpoint',
      id: 'card-tp-referral',
      laneId: 'lane-touchpoints',
      stepId: 'step-apply',
      title: 'Referral by OVH staff',
      description: 'Staff refer existing customers to the service using the referral form.',
      channel: 'face-to-face',
    },
    {
      kind: 'touchpoint',
      id: 'card-tp-lifeline',
      laneId: 'lane-touchpoints',
      stepId: 'step-resources',
      title: 'Lifeline and contact numbers',
      description:
        'Customers receive contact numbers and Lifeline access (if applicable) so they can use the service.',
      channel: 'phone',
    },
    {
      kind: 'touchpoint',
      id: 'card-tp-agreement',
      laneId: 'lane-touchpoints',
      stepId: 'step-resources',
      title: 'IL Agreement and charges (Adobe Sign)',
      description: 'The IL Agreement and charges are currently sent for signature with Adobe Sign.',
      channel: 'email',
    },
    {
      kind: 'touchpoint',
      id: 'card-tp-settle',
      laneId: 'lane-touchpoints',
      stepId: 'step-settle',
      title: 'Settling-in support from the IL Officer',
      description: 'Staff help the customer with the move and make sure they feel at home.',
      channel: 'face-to-face',
    },
    {
      kind: 'touchpoint',
      id: 'card-tp-visit',
      laneId: 'lane-touchpoints',
      stepId: 'step-appointments',
      title: 'Two-weekly visit from the IL Officer',
      description:
        'The Independent Living Officer visits every two weeks; customers in a scheme may see them most days.',
      channel: 'face-to-face',
    },
    {
      kind: 'touchpoint',
      id: 'card-tp-review',
      laneId: 'lane-touchpoints',
      stepId: 'step-review',
      title: 'Annual review meeting',
      description:
        "The review updates the customer's action plan, which is stored on OneServe (the repair management system).",
      channel: 'face-to-face',
    },
    {
      kind: 'touchpoint',
      id: 'card-tp-exit-letter',
      laneId: 'lane-touchpoints',
      stepId: 'step-leave',
      title: 'Exit letter',
      description: 'At present, the exit letter is one of the few offboarding steps completed.',
      channel: 'letter',
    },

    // ─── Actions / thoughts & feelings ───────────────────────────────────────────────────
    {
      kind: 'action',
      id: 'card-act-apply',
      laneId: 'lane-actions',
      stepId: 'step-apply',
      title: 'Applies through Property Pool Plus or is referred by staff',
    },
    {
      kind: 'thought',
      id: 'card-th-apply',
      laneId: 'lane-actions',
      stepId: 'step-apply',
      title: '"That was quicker than I expected."',
      description:
        'Most found the application straightforward; one customer joined because of the building she lives in, so did not find it difficult at all.',
      basis: 'evidenced',
    },
    {
      kind: 'action',
      id: 'card-act-resources',
      laneId: 'lane-actions',
      stepId: 'step-resources',
      title: 'Receives Lifeline access, contact numbers and service information',
    },
    {
      kind: 'thought',
      id: 'card-th-resources',
      laneId: 'lane-actions',
      stepId: 'step-resources',
      title: '"I have everything I need."',
      basis: 'evidenced',
    },
    {
      kind: 'action',
      id: 'card-act-settle',
      laneId: 'lane-actions',
      stepId: 'step-settle',
      title: 'Moves in and is helped to settle into the new home',
    },
    {
      kind: 'thought',
      id: 'card-th-settle',
      laneId: 'lane-actions',
      stepId: 'step-settle',
      title: '"Grateful for the help with the move."',
      basis: 'evidenced',
    },
    {
      kind: 'action',
      id: 'card-act-appointments',
      laneId: 'lane-actions',
      stepId: 'step-appointments',
      title: 'Meets the IL Officer every two weeks',
    },
    {
      kind: 'thought',
      id: 'card-th-appointments',
      laneId: 'lane-actions',
      stepId: 'step-appointments',
      title: '"Will my officer still come if staff change?"',
      description:
        'Two customers noticed less consistent visits when their Independent Living Officer changed.',
      basis: 'evidenced',
    },
    {
      kind: 'action',
      id: 'card-act-review',
      laneId: 'lane-actions',
      stepId: 'step-review',
      title: 'Takes part in the annual review of their action plan',
    },
    {
      kind: 'thought',
      id: 'card-th-review',
      laneId: 'lane-actions',
      stepId: 'step-review',
      title: '"The review was thorough."',
      basis: 'evidenced',
    },
    {
      kind: 'action',
      id: 'card-act-leave',
      laneId: 'lane-actions',
      stepId: 'step-leave',
      title: 'Leaves the service once living independently',
    },
    {
      kind: 'thought',
      id: 'card-th-leave',
      laneId: 'lane-actions',
      stepId: 'step-leave',
      title: '"The service has been extremely good."',
      basis: 'evidenced',
    },

    // ─── Emotions ────────────────────────────────────────────────────────────────────────
    {
      kind: 'emotion',
      id: 'card-emo-apply',
      laneId: 'lane-emotions',
      stepId: 'step-apply',
      title: 'Reassured, after some early difficulty',
      score: deriveEmotionScore(TALLIES['step-apply']),
      basis: 'evidenced',
    },
    {
      kind: 'emotion',
      id: 'card-emo-resources',
      laneId: 'lane-emotions',
      stepId: 'step-resources',
      title: 'Well informed',
      score: deriveEmotionScore(TALLIES['step-resources']),
      basis: 'evidenced',
    },
    {
      kind: 'emotion',
      id: 'card-emo-settle',
      laneId: 'lane-emotions',
      stepId: 'step-settle',
      title: 'At home – but two felt unsupported',
      score: deriveEmotionScore(TALLIES['step-settle']),
      basis: 'evidenced',
    },
    {
      kind: 'emotion',
      id: 'card-emo-appointments',
      laneId: 'lane-emotions',
      stepId: 'step-appointments',
      title: 'Valued contact, unsettled by staff changes',
      score: deriveEmotionScore(TALLIES['step-appointments']),
      basis: 'evidenced',
    },
    {
      kind: 'emotion',
      id: 'card-emo-review',
      laneId: 'lane-emotions',
      stepId: 'step-review',
      title: 'Satisfied',
      score: deriveEmotionScore(TALLIES['step-review']),
      basis: 'evidenced',
    },
    {
      kind: 'emotion',
      id: 'card-emo-leave',
      laneId: 'lane-emotions',
      stepId: 'step-leave',
      title: 'Very positive overall',
      score: deriveEmotionScore(TALLIES['step-leave']),
      basis: 'evidenced',
    },

    // ─── Evidence ────────────────────────────────────────────────────────────────────────
    evidence(
      1,
      'step-apply',
      '18 positive, 2 problems',
      "The majority of the customers found the application process straightforward, with one saying it was quicker than expected. Those who were referred to the service felt that this was handled well, and staff were described as helpful. A customer said that she was able to join the Independent Living service due to the building she is in, so didn't find it difficult at all. There were two comments about initial difficulties, but these were resolved once the customer received staff support.",
      [
        ['P01', 'It was quicker than I expected.'],
        ['P02', 'I was referred, and it was handled well – the staff were helpful.'],
        [
          'P03',
          'I found the application difficult at first, but it was sorted once staff helped me.',
        ],
      ],
    ),
    evidence(
      2,
      'step-resources',
      '19 positive, 1 problem',
      'Feedback for this touchpoint was extremely positive, with the majority of customers confirming that they had received all necessary information upon joining the service. This included contact numbers and Lifeline access (if applicable). Staff were praised for ensuring customers had everything they needed. One of the customers said that they did not have the contact details any longer, but did not say they had not been provided with these when joining the service.',
      [
        [
          'P04',
          'I got all the information I needed when I joined, and the staff made sure I had everything.',
        ],
        ['P05', "I don't have the contact details any more."],
      ],
    ),
    evidence(
      3,
      'step-settle',
      '18 positive, 2 not fully satisfied',
      "Feedback on the service provided by staff, when settling a customer in, was overwhelmingly positive. Customers were grateful for the help and support which was provided during the move. Many described the help they received as either brilliant, or that the staff member went above and beyond in ensuring that they felt at home. One of the customers felt that staff didn't help them much, but they did settle in okay. One person said that no help was provided to them at this stage.",
      [
        ['P06', 'The help was brilliant – she went above and beyond to make me feel at home.'],
        ['P07', "Staff didn't help me much, but I settled in okay."],
      ],
    ),
    evidence(
      4,
      'step-appointments',
      '16 positive, 2 slightly less positive, 2 not fully satisfied',
      "Sixteen of the customers confirmed that two-weekly appointments are carried out consistently. Two of these commented that they see their Independent Living Officer most days, as they live in a scheme. Two of those who were interviewed were slightly less positive, saying that the two weekly appointments are carried out 'most of the time'. One said that the previous member of staff had not visited them on a regular basis; this has improved, as they see the new Independent Living Officer every two weeks without fail. A customer said they received a more consistent service with the previous member of staff.",
      [
        ['P08', 'I see my Independent Living Officer most days, as I live in a scheme.'],
        ['P09', "The appointments happen 'most of the time'."],
        [
          'P10',
          'The previous officer did not visit regularly, but I see the new one every two weeks without fail.',
        ],
      ],
    ),
    evidence(
      5,
      'step-review',
      '19 positive, 1 problem',
      'Where applicable, customers were satisfied with the annual review process. Customers felt that it had been carried out well, with one of these praising the thoroughness of the recent review. One of the customers said that they had not had an annual review at the time of the interview.',
      [
        ['P11', 'My recent review was very thorough.'],
        ['P12', "I haven't had an annual review yet."],
      ],
    ),
    evidence(
      6,
      'step-leave',
      '19 positive, 1 not fully satisfied',
      "Customers who had left the service declined to be interviewed, so these comments reflect the overall experience of customers still on the service. They described the service they had received as extremely good, and had no complaints. Five were compliments about the quality of service provided by their Independent Living Officer, describing the staff as 'amazing' and 'great'. One customer had rarely used the service, but her experience has been positive when she has. One negative was received, with a customer saying that nothing gets done when reported, and the quality of cleaning isn't being carried out to a high standard. (The map counts nineteen positive comments; the interview summary counts eighteen plus the customer who had rarely used the service.)",
      [
        ['P13', 'The staff are amazing.'],
        ['P14', "I've rarely used the service, but it has been positive when I have."],
        [
          'P15',
          "Nothing gets done when it's reported, and the cleaning isn't done to a high standard.",
        ],
      ],
    ),

    // ─── Pain points ─────────────────────────────────────────────────────────────────────
    {
      kind: 'pain-point',
      id: 'card-pain-application',
      laneId: 'lane-pain-points',
      stepId: 'step-apply',
      title: 'Application process difficult at first',
      description:
        'Two customers found the application process difficult at first; the issues were resolved once they received staff support. Staff noted that Property Pool Plus can be a complex application process.',
      severity: 'low',
      basis: 'evidenced',
    },
    {
      kind: 'pain-point',
      id: 'card-pain-contacts',
      laneId: 'lane-pain-points',
      stepId: 'step-resources',
      title: 'Contact details no longer to hand',
      description:
        'One customer no longer had the contact details (they did not say they had not been given them when joining).',
      severity: 'low',
      basis: 'evidenced',
    },
    {
      kind: 'pain-point',
      id: 'card-pain-settle',
      laneId: 'lane-pain-points',
      stepId: 'step-settle',
      title: 'Little or no help settling in',
      description:
        'One customer felt staff did not help them much (though they settled in okay); another said no help was provided at this stage.',
      severity: 'medium',
      basis: 'evidenced',
    },
    {
      kind: 'pain-point',
      id: 'card-pain-visits',
      laneId: 'lane-pain-points',
      stepId: 'step-appointments',
      title: 'Inconsistent visits after staff change',
      description:
        'Two customers had a less consistent service around a change of Independent Living Officer, and two said appointments happen only "most of the time". Staff turnover has been high.',
      severity: 'high',
      basis: 'evidenced',
    },
    {
      kind: 'pain-point',
      id: 'card-pain-review',
      laneId: 'lane-pain-points',
      stepId: 'step-review',
      title: 'Annual review not yet held',
      description: 'One customer had not had an annual review at the time of the interview.',
      severity: 'low',
      basis: 'evidenced',
    },
    {
      kind: 'pain-point',
      id: 'card-pain-action-plan',
      laneId: 'lane-pain-points',
      stepId: 'step-review',
      title: 'Action plan is not interactive',
      description:
        'The action plan is stored on OneServe, which does not allow customers to interact with it, so customers may not feel engaged or in control of their plan (Staff Focus Group).',
      severity: 'medium',
      basis: 'assumed',
    },
    {
      kind: 'pain-point',
      id: 'card-pain-cleaning',
      laneId: 'lane-pain-points',
      stepId: 'step-leave',
      title: 'Cleaning quality in schemes',
      description:
        'One customer said the quality of cleaning is not satisfactory; cleaning is a common concern in schemes.',
      severity: 'medium',
      basis: 'evidenced',
    },
    {
      kind: 'pain-point',
      id: 'card-pain-follow-up',
      laneId: 'lane-pain-points',
      stepId: 'step-leave',
      title: 'Reported problems not followed up',
      description:
        'One customer said nothing gets done when reported. Suggestions from customers: get problems resolved when people complain, listen to residents, and follow up on promises.',
      severity: 'medium',
      basis: 'evidenced',
    },

    // ─── Love points ─────────────────────────────────────────────────────────────────────
    {
      kind: 'love-point',
      id: 'card-love-quick',
      laneId: 'lane-love-points',
      stepId: 'step-apply',
      title: 'Quicker than expected; staff helpful',
      description:
        'Most found the application straightforward, and referrals were handled well by helpful staff.',
      basis: 'evidenced',
    },
    {
      kind: 'love-point',
      id: 'card-love-everything',
      laneId: 'lane-love-points',
      stepId: 'step-resources',
      title: 'Staff made sure they had everything they needed',
      basis: 'evidenced',
    },
    {
      kind: 'love-point',
      id: 'card-love-above-beyond',
      laneId: 'lane-love-points',
      stepId: 'step-settle',
      title: 'Staff went above and beyond',
      description:
        'Many described the help they received as brilliant, or said the staff member went above and beyond to make them feel at home.',
      basis: 'evidenced',
    },
    {
      kind: 'love-point',
      id: 'card-love-personal-contact',
      laneId: 'lane-love-points',
      stepId: 'step-appointments',
      title: 'Regular personal contact with their officer',
      description:
        'Sixteen confirmed appointments happen consistently; two in schemes see their officer most days.',
      basis: 'evidenced',
    },
    {
      kind: 'love-point',
      id: 'card-love-thorough',
      laneId: 'lane-love-points',
      stepId: 'step-review',
      title: 'A thorough annual review',
      basis: 'evidenced',
    },
    {
      kind: 'love-point',
      id: 'card-love-amazing',
      laneId: 'lane-love-points',
      stepId: 'step-leave',
      title: "IL Officers are 'amazing' and 'great'",
      description: 'Five compliments about the quality of service provided by their IL Officer.',
      basis: 'evidenced',
    },

    // ─── Ideas for improvement (Staff Focus Group) ───────────────────────────────────────
    idea(
      'referral-form',
      'step-apply',
      'Update referral form',
      'The Staff Focus Group felt there should be an audit of the existing referral form on the website to make sure it works well and is easy for tenants to use.',
    ),
    idea(
      'self-referral',
      'step-apply',
      'Enable self-referral via My Account',
      "See if an enhancement can be made to My Account, so customers can refer themselves this way. This could include using IL options to guide customers to the right branch or service, especially if they don't often speak to a Neighbourhood Services Officer.",
    ),
    idea(
      'website-content',
      'step-apply',
      'Review existing website content',
      "Property Pool Plus (PPP) can be a complex application process. Look at the current Independent Living pages on the website and ensure the information is understandable and up to date; anything that's missing or confusing should be fixed. A process map, similar to the one on the Aids & Adaptations page, could be included.",
    ),
    idea(
      'welcome-letter',
      'step-resources',
      'Welcome letter',
      'Create a clear and informative welcome letter for new customers. This should outline what they can expect from the service and provide essential details to avoid confusion.',
    ),
    idea(
      'welcome-pack',
      'step-resources',
      'Comprehensive welcome pack',
      'A longer-term project: design a glossy, professional looking welcome pack for new customers that includes the name and contact details of their Independent Living Officer (ILO), signposting to key information and resources, and a full explanation of the service so customers know what to expect.',
    ),
    idea(
      'charges',
      'step-resources',
      'Clear breakdown of charges',
      'As part of the welcome pack, present charges in a simple, easy-to-read format. This should replace the current Adobe Sign approach with something more customer friendly.',
    ),
    idea(
      'manage-expectations',
      'step-settle',
      'Manage expectations',
      'Ensure the welcome letter clearly explains what the service will and will not provide. This helps set realistic expectations from the start, and will help the Independent Living Officers to explain to customers what they can and cannot do.',
    ),
    idea(
      'ilo-visit-prompts',
      'step-settle',
      'Support through ILO visits',
      'Provide prompts for IL staff to highlight key aspects of the service, and to ask follow-up questions during visits. Suzanne Meylan (Head of Independent Living) would supply guidance for this.',
    ),
    idea(
      'professional-touch',
      'step-settle',
      'Professional touch',
      'Consider including a small gesture to customers when they move in, such as a branded keyring with the welcome pack. This looks professional and adds a personal feel.',
    ),
    idea(
      'staff-turnover',
      'step-appointments',
      'Address staff turnover',
      'Staff turnover has been high, with team members leaving recently. Review the impact on service delivery and consider measures to improve retention. Also, create a clear plan for covering absences due to sickness or staff leaving the business. This will ensure continuity of service for customers.',
    ),
    idea(
      'customer-communication',
      'step-appointments',
      'Improve customer communication',
      'ILOs should inform customers if they are going on holiday and check if customers are vulnerable. This ensures customers are aware of any changes in service.',
    ),
    idea(
      'staff-departures',
      'step-appointments',
      'Set customer expectations',
      'If an ILO is leaving, the Staff Focus Group suggested communicating this fact to customers, so they understand there may be some disruption to service.',
    ),
    idea(
      'interactive-action-plan',
      'step-review',
      'Make action plan interactive',
      'Explore options to make the action plan more interactive. Currently, the plan is stored on our repair management system, OneServe, which does not allow customers to interact with it. Look into whether the action plan could be hosted on a different system; the action plan should feel like it belongs to the customer. If it is not interactive, customers may not feel engaged or in control of their plan.',
    ),
    idea(
      'nec-software',
      'step-review',
      'Test NEC software',
      'The IL Team and management will soon attend a session to evaluate whether the NEC software meets requirements for interactive action plans.',
    ),
    idea(
      'best-practice',
      'step-review',
      'Research best practice',
      'Carry out a research project to understand how other organisations manage action plans with customers. These findings can then be used to inform decisions on new systems or processes.',
    ),
    idea(
      'cleaning',
      'step-leave',
      'Address cleaning issues',
      'Cleaning was mentioned as a problem in the customer interviews, and is a common concern in schemes. Officers should raise cleaning concerns with our contractor to enable a prompt resolution.',
    ),
    idea(
      'offboarding',
      'step-leave',
      'Strengthen offboarding procedures',
      'Current offboarding processes need improvement. At present, the exit letter is one of the few steps completed. Consider developing a more structured approach to ensure consistency.',
    ),
    idea(
      'exit-form',
      'step-leave',
      'Enhance exit form usage',
      'The Exit Form is underused and currently focuses on practical aspects rather than customer experience. It should be reviewed, and possibly be completed by staff who are independent from the process, such as the Outbound Survey Assistants, to gather independent feedback and learn from it.',
    ),

    // ─── Recommendations ─────────────────────────────────────────────────────────────────
    {
      kind: 'recommendation',
      id: 'card-rec-referral-form',
      laneId: 'lane-recommendations',
      stepId: 'step-apply',
      title: 'Audit and update the referral form',
      description:
        'Audit the referral form on the website so it works well and is easy for tenants to use, and review the Independent Living web pages alongside it.',
      why: 'Two customers found the application process difficult at first, and Property Pool Plus can be complex.',
      theme: 'Access and referrals',
      owner: 'Head of Independent Living',
      targetDate: '2026-03-31',
      status: 'not-started',
      answers: 'card-pain-application',
    },
    {
      kind: 'recommendation',
      id: 'card-rec-welcome-pack',
      laneId: 'lane-recommendations',
      stepId: 'step-resources',
      title: 'Develop a comprehensive welcome pack',
      description:
        'A welcome pack with the ILO’s name and contact details, signposting to key resources, a full explanation of the service and a clear breakdown of charges – documents customers can keep and refer to later.',
      why: 'Gives customers reference materials they can keep, so contact details stay to hand.',
      theme: 'Information for customers',
      owner: 'Head of Independent Living',
      targetDate: '2026-09-30',
      status: 'not-started',
      answers: 'card-pain-contacts',
    },
    {
      kind: 'recommendation',
      id: 'card-rec-standardised-service',
      laneId: 'lane-recommendations',
      stepId: 'step-resources',
      title: 'Ensure a standardised service',
      description:
        'Continue to work on a standardised process so all customers receive the same level of service. This is already being progressed by the IL Team, following a Scrutiny review.',
      theme: 'Consistency of service',
      owner: 'Independent Living Team Leader',
      targetDate: '2026-03-31',
      status: 'on-track',
    },
    {
      kind: 'recommendation',
      id: 'card-rec-staff-turnover',
      laneId: 'lane-recommendations',
      stepId: 'step-appointments',
      title: 'Address staff turnover and plan cover for absences',
      description:
        'Review the impact of staff turnover on service delivery, consider measures to improve retention, and create a clear plan for covering absences, so two-weekly appointments continue without interruption.',
      why: 'Customers valued the personal contact of the two-weekly appointments; visits became less consistent when staff changed.',
      theme: 'Continuity of service',
      owner: 'Head of Independent Living',
      targetDate: '2026-06-30',
      status: 'not-started',
      answers: 'card-pain-visits',
    },
    {
      kind: 'recommendation',
      id: 'card-rec-cleaning',
      laneId: 'lane-recommendations',
      stepId: 'step-leave',
      title: 'Raise cleaning concerns with the contractor',
      description:
        'Officers raise cleaning concerns in schemes with the cleaning contractor to enable a prompt resolution.',
      why: 'Cleaning was mentioned as a problem in the interviews and is a common concern in schemes.',
      theme: 'Scheme environment',
      owner: 'Independent Living Team Leader',
      targetDate: '2026-01-31',
      status: 'not-started',
      answers: 'card-pain-cleaning',
    },
  ];

  const input: JourneyMapInput = {
    id: SAMPLE_MAP_ID,
    title: 'Independent Living – customer journey',
    description:
      'Customer journey mapping of the Independent Living Service at One Vision Housing, by the Customer Experience Team (results report, Quarter Three 2025/26). It follows customers from applying or being referred to the service to being brought off it, and shows how they felt at each step, based on 20 in-depth interviews and a Staff Focus Group. Overall, customers were very positive about the service. This is a sample map: explore it, change it, or start your own.',
    service: 'Independent Living',
    journeyType: 'Support service',
    owner: 'Customer Experience Team',
    status: 'final',
    tags: ['Independent Living', 'Customer journey mapping', 'Q3 2025/26', 'Sample'],
    // The themes of its recommendations, listed as the format 2 → 3 migration lists them.
    themes: [
      'Access and referrals',
      'Consistency of service',
      'Continuity of service',
      'Information for customers',
      'Scheme environment',
    ].map((name, i) => ({ id: `theme-${i + 1}`, name, description: '' })),
    createdAt: timestamp,
    updatedAt: timestamp,
    personas: [
      {
        id: 'persona-older-tenant',
        name: 'Older tenant moving into an Independent Living scheme',
        picture: { kind: 'avatar', seed: 'independent-living-tenant' },
        quote:
          'I just want to know my officer will come when they say they will, and who to ring if I need help.',
        description:
          'Illustrative persona, not from the report (which has no persona): drawn from the themes of the customer interviews to show how a persona sits alongside a map. Replace it with one based on your own research.',
        demographics: [
          'Older customer, living alone',
          'Moving into an Independent Living scheme (CAT1 or CAT2)',
          'Applied through Property Pool Plus, or referred by a Neighbourhood Services Officer',
        ],
        behaviours: [
          'Sees their Independent Living Officer every two weeks, or most days in a scheme',
          'Has Lifeline access and keeps a note of contact numbers',
          'Prefers talking to staff in person or by phone over using My Account',
        ],
        needsAndChallenges: [
          'Help and support during the move',
          'Clear information about what the service can and cannot provide',
          'Consistent visits, even when staff change',
          'Problems in the scheme (such as cleaning) sorted out when reported',
        ],
        goalsAndMotivations: [
          'Feel at home and safe in their new accommodation',
          'Stay independent',
          'Be listened to, and see promises followed up',
        ],
      },
    ],
    research: [
      {
        id: SAMPLE_RESEARCH_ID,
        method: 'interviews',
        participants: INTERVIEWED,
        startDate: '2025-07-01',
        endDate: '2025-09-30',
        conductedBy: 'Grace Lowe (Customer Experience Apprentice)',
        notes:
          'During Quarter 2 of 2025/26, 20 in-depth telephone interviews were undertaken with customers about their experience of the Independent Living Service. Customers who had left the service were contacted but declined to be interviewed, so all participants were on the service at the time. The insight was then discussed at a Staff Focus Group chaired by David Barton (Customer Intelligence Assistant), who analysed the feedback and produced the final report; the scope was agreed with Suzanne Meylan (Head of Independent Living). Focus group: Suzanne Meylan, Carley Lewis (Independent Living Team Leader), Sarah Fellows (Independent Living Officer), Danielle Harris (Customer Service Centre Manager), Katie Chandley (Neighbourhood Services Officer) and Shanna Woolsey (Customer Experience Lead). Quotes on the map paraphrase the interview summary, and participant ids are illustrative.',
      },
    ],
    phases: [
      {
        id: 'phase-join',
        name: 'Join',
        steps: [
          step(
            'step-apply',
            'Apply or referred',
            'Customer will apply through Property Pool Plus, or be referred to the service by OVH staff',
            'As this was the first touch point, and an important part of the customer journey, it was selected as the first Moment of Truth.',
          ),
          step(
            'step-resources',
            'Receive resources',
            'The customer will receive important resources, incl. Lifeline and contact numbers, so they can use the service',
          ),
        ],
      },
      {
        id: 'phase-settle',
        name: 'Settle in',
        steps: [
          step(
            'step-settle',
            'Settled into new home',
            'Staff will ensure that customers are settled into their new accommodation',
            'As customers valued the help and support provided at this stage, this was selected as the second Moment of Truth.',
          ),
        ],
      },
      {
        id: 'phase-support',
        name: 'Ongoing support',
        steps: [
          step(
            'step-appointments',
            'Two-weekly appointments',
            'Two weekly appointments will be carried out',
            'As customers valued the personal contact at this stage, this was selected as a Moment of Truth.',
          ),
          step('step-review', 'Annual review', 'An Annual Review will be undertaken'),
        ],
      },
      {
        id: 'phase-leave',
        name: 'Leave',
        steps: [
          step(
            'step-leave',
            'Brought off the service',
            'The customer will be brought off the service, if they are now living independently',
          ),
        ],
      },
    ],
    lanes,
    cards: placeCards(cards),
  };

  return journeyMapSchema.parse(input);
}
