import { describe, expect, it } from 'vitest';
import { avatarColour, personaInitials } from '../../src/domain/personas';
import { buildScene } from '../../src/export/scene';
import { layoutMap } from '../../src/export/layout';
import { escapeXml, renderMapSvg, sceneToSvg } from '../../src/export/svg';
import { richMap } from '../builders';

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const texts = (doc: Document) =>
  Array.from(doc.getElementsByTagName('text'), (t) => t.textContent ?? '');
/** All text of the drawing without white space, so wrapped lines read as one. */
const flat = (doc: Document) => texts(doc).join('').replace(/\s+/g, '');
const squash = (text: string) => text.replace(/\s+/g, '');

describe('renderMapSvg', () => {
  it('is a well-formed SVG with the map size', () => {
    const { svg, width, height } = renderMapSvg(richMap(), { background: 'white' });
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    expect(root.getAttribute('font-family')).toBe("system-ui, 'DejaVu Sans', Arial, sans-serif");
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe('Repairs: reporting a leak');
  });

  it('contains every card title, phase, step and lane name', () => {
    const map = richMap();
    const all = flat(parse(renderMapSvg(map, { background: 'white' }).svg));
    for (const card of map.cards) expect(all).toContain(squash(card.title));
    for (const phase of map.phases) expect(all).toContain(squash(phase.name));
    for (const step of map.phases.flatMap((p) => p.steps))
      expect(all).toContain(squash(step.title));
    for (const lane of map.lanes) expect(all).toContain(squash(lane.name));
  });

  it('escapes markup in user text: a script stays text', () => {
    const map = richMap();
    map.cards[0]!.title = '<script>alert("x")</script>';
    map.title = 'A & B <svg onload=alert(1)>';
    const { svg } = renderMapSvg(map, { background: 'white' });
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<svg onload/i);
    const doc = parse(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(flat(doc)).toContain('<script>alert("x")</script>');
    expect(svg).toContain('A &amp; B &lt;svg onload=alert(1)&gt;');
  });

  it('stays well-formed with control characters and lone surrogates', () => {
    const map = richMap();
    map.cards[0]!.title = 'bad\u0001\u0008\uDC00\uFFFE text';
    parse(renderMapSvg(map, { background: 'white' }).svg);
    expect(escapeXml('\'"<>&\u0000')).toBe('&apos;&quot;&lt;&gt;&amp;');
  });

  it('shows the legend with the kinds used, the channel, numbers, stars and statuses', () => {
    const doc = parse(renderMapSvg(richMap(), { background: 'white' }).svg);
    const all = texts(doc);
    expect(all).toContain('Legend');
    expect(all).toEqual(
      expect.arrayContaining([
        'Touchpoint',
        'Pain point',
        'Recommendation',
        'Moment of truth',
        'Line of visibility',
      ]),
    );
    expect(all).toContain('Touchpoint · Telephone');
    expect(all).toEqual(expect.arrayContaining(['1', '2']));
    expect(all).toContain('At risk (amber)');
    for (const detail of [
      '3 positive · 1 neutral · 12 problems',
      '12 of 20 participants',
      '72.5 % (target 80 %)',
      '1 Jan 2025 – 14 Jan 2025',
      'Moment of truth: First contact decides trust',
    ]) {
      expect(flat(doc)).toContain(squash(detail));
    }
  });

  it('shows comment and vote counts only when the map says so', () => {
    const map = richMap();
    expect(texts(parse(renderMapSvg(map, { background: 'white' }).svg))).toContain(
      '2 comments · 2 votes',
    );
    const hidden = { ...map, settings: { ...map.settings, showAnnotationsInExport: false } };
    expect(texts(parse(renderMapSvg(hidden, { background: 'white' }).svg)).join()).not.toContain(
      'comments',
    );
  });

  it('has a white background or none', () => {
    const white = parse(renderMapSvg(richMap(), { background: 'white' }).svg);
    const first = white.documentElement.getElementsByTagName('rect')[0]!;
    expect(first.getAttribute('fill')).toBe('#ffffff');
    expect(first.getAttribute('width')).toBe(white.documentElement.getAttribute('width'));
    const clear = parse(renderMapSvg(richMap(), { background: 'transparent' }).svg);
    expect(clear.documentElement.getElementsByTagName('rect')[0]!.getAttribute('width')).not.toBe(
      clear.documentElement.getAttribute('width'),
    );
  });

  it('draws the emotion curve, stars and link arrows', () => {
    const doc = parse(renderMapSvg(richMap(), { background: 'white' }).svg);
    expect(doc.getElementsByTagName('polyline').length).toBeGreaterThanOrEqual(1);
    expect(doc.getElementsByTagName('path')).toHaveLength(3);
    const polygons = Array.from(doc.getElementsByTagName('polygon'));
    expect(
      polygons.filter((p) => p.getAttribute('points')!.split(' ').length === 20).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('draws persona photos clipped to a circle, and generated avatars otherwise', () => {
    const map = richMap();
    const photo = 'data:image/png;base64,iVBORw0KGgo=';
    map.personas.push({
      ...map.personas[0]!,
      id: 'p-photo',
      name: 'Bob',
      picture: { kind: 'image', dataUrl: photo, alt: 'Bob' },
    });
    const doc = parse(renderMapSvg(map, { background: 'white' }).svg);
    const image = doc.getElementsByTagName('image')[0]!;
    expect(image.getAttribute('href')).toBe(photo);
    expect(image.getAttribute('clip-path')).toMatch(/^url\(#wm-clip-\d+\)$/);
    expect(doc.getElementsByTagName('clipPath')).toHaveLength(1);
    const avatar = Array.from(doc.getElementsByTagName('circle')).find(
      (c) => c.getAttribute('fill') === avatarColour('p-ann'),
    );
    expect(avatar).toBeDefined();
    expect(texts(doc)).toContain(personaInitials('Ann, 72'));
  });

  it('never writes a picture that is not a raster data URL', () => {
    const scene = buildScene(layoutMap(richMap()), { background: 'white', title: 't' });
    scene.primitives.push({ type: 'image', x: 0, y: 0, w: 10, h: 10, href: 'javascript:alert(1)' });
    scene.primitives.push({
      type: 'image',
      x: 0,
      y: 0,
      w: 10,
      h: 10,
      href: 'data:image/svg+xml;base64,PHN2Zz4=',
    });
    expect(sceneToSvg(scene)).not.toContain('<image');
  });
});
