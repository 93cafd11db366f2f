import { describe, expect, it } from 'vitest';
import { mergePalettes, mergeStyles, pairColours } from '../../../src/lib/markdown/diagram-palette.ts';

describe('pairColours', () => {
  it.each([
    ['#333', '#ccc', 'light-dark(#333, #ccc)'],
    ['#333', '#333', '#333'],
    ['drop-shadow(1px 2px 2px rgba(0,0,0,1))', 'drop-shadow( 1px 2px 2px rgba(185,185,185,1))', 'drop-shadow(1px 2px 2px light-dark(rgba(0,0,0,1), rgba(185,185,185,1)))'],
    ['white', 'hsl(180, 1.5%, 28%)', 'light-dark(white, hsl(180, 1.5%, 28%))'],
  ])('%s / %s -> %s', (light, dark, merged) => {
    expect(pairColours(light, dark)).toBe(merged);
  });

  it('gives up when the values differ in more than colours', () => {
    expect(pairColours('#333', 'url(#d-gradient)')).toBeNull();
    expect(pairColours('1px solid #333', '2px solid #ccc')).toBeNull();
  });
});

describe('mergeStyles', () => {
  it('pairs the colours of the same rule and property, keeps the rest of the light sheet', () => {
    const light = '#d{font-size:16px;fill:#333;}@keyframes dash{to{stroke-dashoffset:0;}}#d .node rect{fill:#ECECFF;stroke:#9370DB;stroke-width:1px;}#d .neo{stroke:#333;}';
    const dark = '#d{font-size:16px;fill:#ccc;}@keyframes dash{to{stroke-dashoffset:0;}}#d .node rect{fill:#1f2020;stroke:#ccc;stroke-width:1px;}#d .neo{stroke:url(#d-gradient);}';
    expect(mergeStyles(light, dark)).toBe(
      '#d{font-size:16px;fill:light-dark(#333, #ccc);}@keyframes dash{to{stroke-dashoffset:0;}}#d .node rect{fill:light-dark(#ECECFF, #1f2020);stroke:light-dark(#9370DB, #ccc);stroke-width:1px;}#d .neo{stroke:#333;}',
    );
  });
});

describe('mergePalettes', () => {
  const svg = (style: string, fill: string, extra = '') =>
    `<svg id="d1"><style>${style}</style>${extra}<path d="M0 0" fill="${fill}" style=""></path><text>red fill</text></svg>`;

  it('one drawing: the light geometry and text with paired style and attribute colours, dark-only gradients dropped', () => {
    const merged = mergePalettes(
      svg('#d1{fill:#333;}', '#ECECFF'),
      svg('#d1{fill:#ccc;}', '#1f2020', '<linearGradient id="d1-gradient"><stop stop-color="#ccc"></stop></linearGradient>'),
    );
    expect(merged).toBe('<svg id="d1"><style>#d1{fill:light-dark(#333, #ccc);}</style><path d="M0 0" fill="light-dark(#ECECFF, #1f2020)" style=""></path><text>red fill</text></svg>');
  });

  it('refuses drawings whose colour attributes do not line up', () => {
    expect(() => mergePalettes(svg('', '#fff'), '<svg><style></style><path stroke="#000"></path></svg>')).toThrow(/differ/u);
    expect(() => mergePalettes(svg('', '#fff'), '<svg><style></style></svg>')).toThrow(/differ|colour attributes/u);
  });
});
