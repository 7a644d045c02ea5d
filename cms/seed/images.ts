import sharp from 'sharp'

/**
 * Demo illustrations drawn in code (SVG → JPEG with sharp), so seeding needs no network and
 * no stock photos with unclear licences. They hold no text on purpose: the fonts installed on
 * a server may lack Vietnamese glyphs, and words belong in alt text and captions anyway.
 */

export const IMAGE_WIDTH = 1600
export const IMAGE_HEIGHT = 900

const W = IMAGE_WIDTH
const H = IMAGE_HEIGHT

/**
 * A small deterministic PRNG (mulberry32): the same seed draws the same pictures, and the
 * benchmark generates the same archive, on every run.
 *
 * @example
 * const rnd = seededRandom(281)
 * rnd() // 0.…, the same number every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const svg = (defs: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs}</defs>${body}</svg>`

type Stop = [offset: number, color: string, opacity?: number]

const stopTags = (stops: Stop[]) =>
  stops
    .map(
      ([offset, color, opacity = 1]) =>
        `<stop offset="${offset}" stop-color="${color}" stop-opacity="${opacity}"/>`,
    )
    .join('')

const linear = (id: string, stops: Stop[], vertical = true) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="${vertical ? 0 : 1}" y2="${vertical ? 1 : 0}">${stopTags(stops)}</linearGradient>`

const radial = (id: string, stops: Stop[]) =>
  `<radialGradient id="${id}">${stopTags(stops)}</radialGradient>`

const rect = (x: number, y: number, w: number, h: number, fill: string, extra = '') =>
  `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="${fill}" ${extra}/>`

const circle = (cx: number, cy: number, r: number, fill: string, extra = '') =>
  `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${r.toFixed(1)}" fill="${fill}" ${extra}/>`

const line = (
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string,
  width = 2,
  extra = '',
) =>
  `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${stroke}" stroke-width="${width}" ${extra}/>`

/** A person seen from the front, reduced to a head and shoulders. */
const person = (cx: number, cy: number, size: number, fill: string) =>
  circle(cx, cy - size * 0.55, size * 0.38, fill) +
  `<path d="M ${cx - size * 0.7} ${cy + size * 0.6} Q ${cx - size * 0.7} ${cy - size * 0.05} ${cx} ${cy - size * 0.05} Q ${cx + size * 0.7} ${cy - size * 0.05} ${cx + size * 0.7} ${cy + size * 0.6} Z" fill="${fill}"/>`

/** Cảng: gantry cranes, container stacks and a ship at dusk. */
function harbour(): string {
  const rnd = seededRandom(281)
  const containerColors = ['#c0392b', '#1f6f8b', '#e67e22', '#2e8b57', '#7f8c8d', '#d4ac0d']
  let containers = ''
  for (let stack = 0; stack < 14; stack++) {
    const x = 80 + stack * 62
    const height = 2 + Math.floor(rnd() * 4)
    for (let level = 0; level < height; level++) {
      const color = containerColors[Math.floor(rnd() * containerColors.length)]
      containers += rect(x, 600 - (level + 1) * 28, 58, 26, color, 'opacity="0.92"')
    }
  }
  const crane = (x: number, scale: number) => {
    const c = '#10243e'
    return (
      rect(x, 600 - 330 * scale, 14 * scale, 330 * scale, c) +
      rect(x + 90 * scale, 600 - 330 * scale, 14 * scale, 330 * scale, c) +
      rect(x - 160 * scale, 600 - 300 * scale, 420 * scale, 16 * scale, c) +
      line(x + 7 * scale, 600 - 330 * scale, x - 150 * scale, 600 - 292 * scale, c, 5 * scale) +
      line(x + 97 * scale, 600 - 330 * scale, x + 250 * scale, 600 - 292 * scale, c, 5 * scale) +
      rect(x - 20 * scale, 600 - 380 * scale, 140 * scale, 52 * scale, c) +
      line(x - 110 * scale, 600 - 284 * scale, x - 110 * scale, 600 - 190 * scale, c, 3 * scale) +
      rect(x - 130 * scale, 600 - 190 * scale, 40 * scale, 14 * scale, c)
    )
  }
  let ripples = ''
  for (let i = 0; i < 40; i++) {
    const y = 640 + rnd() * 250
    const x = rnd() * W
    ripples += rect(
      x,
      y,
      60 + rnd() * 160,
      3,
      '#f7c873',
      `opacity="${(0.15 + rnd() * 0.3).toFixed(2)}"`,
    )
  }
  const ship =
    `<path d="M 1000 600 L 1540 600 L 1500 668 L 1040 668 Z" fill="#0d1b2a"/>` +
    Array.from({ length: 9 }, (_, i) =>
      rect(1050 + i * 50, 560 - (i % 3) * 26, 46, 40 + (i % 3) * 26, containerColors[(i * 2) % 6]),
    ).join('') +
    rect(1460, 500, 50, 100, '#0d1b2a')
  return svg(
    linear('sky', [
      [0, '#1b2a49'],
      [0.55, '#c0566b'],
      [0.85, '#f4a259'],
    ]) +
      linear('sea', [
        [0, '#1d3557'],
        [1, '#0b132b'],
      ]) +
      radial('sun', [
        [0, '#ffe8a3'],
        [0.6, '#f7b267', 0.9],
        [1, '#f4a259', 0],
      ]),
    rect(0, 0, W, 620, 'url(#sky)') +
      circle(1240, 470, 180, 'url(#sun)') +
      rect(0, 600, W, 300, 'url(#sea)') +
      rect(0, 600, 960, 22, '#14213d') +
      containers +
      crane(150, 1) +
      crane(520, 1.1) +
      crane(820, 0.9) +
      ship +
      ripples,
  )
}

/** Đô thị ven sông: night skyline and a cable-stayed bridge reflected in the river. */
function skyline(): string {
  const rnd = seededRandom(2021)
  let stars = ''
  for (let i = 0; i < 90; i++) {
    stars += circle(
      rnd() * W,
      rnd() * 380,
      rnd() * 1.8 + 0.4,
      '#ffffff',
      `opacity="${(0.3 + rnd() * 0.6).toFixed(2)}"`,
    )
  }
  let buildings = ''
  let x = 0
  while (x < W) {
    const w = 50 + rnd() * 90
    const h = 140 + rnd() * 300
    const top = 620 - h
    buildings += rect(x, top, w - 6, h, '#16213e')
    for (let wy = top + 14; wy < 600; wy += 26) {
      for (let wx = x + 8; wx < x + w - 20; wx += 18) {
        if (rnd() > 0.55)
          buildings += rect(wx, wy, 8, 12, '#ffd166', `opacity="${(0.5 + rnd() * 0.5).toFixed(2)}"`)
      }
    }
    x += w
  }
  let cables = ''
  for (let i = 1; i <= 9; i++) {
    cables += line(800, 300, 800 - i * 62, 640, '#e0e1dd', 2, 'opacity="0.85"')
    cables += line(800, 300, 800 + i * 62, 640, '#e0e1dd', 2, 'opacity="0.85"')
  }
  const bridge =
    `<path d="M 770 640 L 790 280 L 810 280 L 830 640 Z" fill="#e0e1dd"/>` +
    cables +
    rect(0, 636, W, 12, '#e0e1dd') +
    Array.from({ length: 28 }, (_, i) => circle(30 + i * 57, 632, 3.5, '#ffb703')).join('')
  let reflections = ''
  for (let i = 0; i < 60; i++) {
    reflections += rect(
      rnd() * W,
      660 + rnd() * 230,
      30 + rnd() * 120,
      3,
      rnd() > 0.5 ? '#ffd166' : '#8ecae6',
      `opacity="${(0.15 + rnd() * 0.35).toFixed(2)}"`,
    )
  }
  return svg(
    linear('night', [
      [0, '#0b132b'],
      [1, '#3a506b'],
    ]) +
      linear('river', [
        [0, '#1c2541'],
        [1, '#0b132b'],
      ]),
    rect(0, 0, W, 650, 'url(#night)') +
      stars +
      circle(1380, 140, 46, '#f1faee', 'opacity="0.9"') +
      buildings +
      rect(0, 648, W, 252, 'url(#river)') +
      bridge +
      reflections,
  )
}

/** Mạng lưới: nodes and links of an ecosystem, with a few hubs highlighted. */
function network(): string {
  const rnd = seededRandom(844)
  const nodes = Array.from({ length: 46 }, () => ({
    x: 80 + rnd() * (W - 160),
    y: 70 + rnd() * (H - 140),
    r: 5 + rnd() * 9,
  }))
  const hubs = [
    { x: 520, y: 420, r: 34 },
    { x: 1080, y: 330, r: 28 },
    { x: 860, y: 640, r: 24 },
  ]
  const all = [...nodes, ...hubs]
  let edges = ''
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const d = Math.hypot(all[i].x - all[j].x, all[i].y - all[j].y)
      if (d < 230)
        edges += line(
          all[i].x,
          all[i].y,
          all[j].x,
          all[j].y,
          '#8ecae6',
          1.5,
          `opacity="${(0.55 - d / 600).toFixed(2)}"`,
        )
    }
  }
  for (const hub of hubs) {
    for (const node of nodes) {
      if (Math.hypot(hub.x - node.x, hub.y - node.y) < 420 && rnd() > 0.5) {
        edges += line(hub.x, hub.y, node.x, node.y, '#ffb703', 1.5, 'opacity="0.45"')
      }
    }
  }
  const dots =
    nodes.map((n) => circle(n.x, n.y, n.r, '#e0fbfc', 'opacity="0.9"')).join('') +
    hubs
      .map(
        (h, i) =>
          circle(h.x, h.y, h.r * 2.4, 'url(#glow)') +
          circle(h.x, h.y, h.r, ['#d7263d', '#13a89e', '#ffb703'][i]),
      )
      .join('')
  return svg(
    linear(
      'bg',
      [
        [0, '#0b2545'],
        [1, '#134074'],
      ],
      false,
    ) +
      radial('glow', [
        [0, '#ffffff', 0.45],
        [1, '#ffffff', 0],
      ]),
    rect(0, 0, W, H, 'url(#bg)') + edges + dots,
  )
}

/** Trụ sở: a six-storey building with floors 1, 4 and 5 lit up (the support centre). */
function centreBuilding(): string {
  const floorHeight = 92
  const left = 430
  const width = 740
  const ground = 800
  let floors = ''
  for (let floor = 1; floor <= 6; floor++) {
    const y = ground - floor * floorHeight
    const active = floor === 1 || floor === 4 || floor === 5
    floors += rect(left, y, width, floorHeight - 6, active ? '#fff3d6' : '#cfd8e3')
    for (let i = 0; i < 8; i++) {
      floors += rect(
        left + 24 + i * 90,
        y + 16,
        66,
        floorHeight - 38,
        active ? '#f4a259' : '#8d99ae',
        active ? '' : 'opacity="0.55"',
      )
    }
    if (active) floors += rect(left - 14, y, 14, floorHeight - 6, '#d7263d')
  }
  const tree = (x: number, s: number) =>
    rect(x - 6 * s, ground - 70 * s, 12 * s, 70 * s, '#6b4f3a') +
    circle(x, ground - 100 * s, 52 * s, '#2a9d8f') +
    circle(x - 30 * s, ground - 80 * s, 36 * s, '#52b788')
  return svg(
    linear('sky', [
      [0, '#a8dadc'],
      [1, '#f1faee'],
    ]),
    rect(0, 0, W, H, 'url(#sky)') +
      circle(1320, 170, 70, '#ffd166') +
      rect(left - 20, ground - 6 * floorHeight - 24, width + 40, 24, '#1d3557') +
      floors +
      rect(left + width / 2 - 60, ground - 80, 120, 80, '#1d3557') +
      rect(0, ground, W, H - ground, '#bcc5ce') +
      rect(0, ground, W, 10, '#8d99ae') +
      tree(260, 1.2) +
      tree(1330, 1.1) +
      tree(1470, 0.8),
  )
}

/** Không gian làm việc chung: desks, laptops and plants seen from above. */
function coworking(): string {
  const rnd = seededRandom(5)
  let desks = ''
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 2; col++) {
      const x = 140 + col * 520
      const y = 120 + row * 250
      desks += rect(x, y, 420, 110, '#d4a373', 'rx="14"')
      for (let seat = 0; seat < 4; seat++) {
        const sx = x + 50 + seat * 105
        desks += circle(sx, y - 28, 24, '#264653') + circle(sx, y + 138, 24, '#264653')
        desks +=
          rect(sx - 26, y + 10, 52, 34, '#e9ecef', 'rx="4"') +
          rect(sx - 26, y + 66, 52, 34, '#e9ecef', 'rx="4"')
        if (rnd() > 0.4) desks += circle(sx + 34, y + 55, 9, '#f4f1de')
      }
    }
  }
  const meeting =
    circle(1330, 330, 150, '#e76f51') +
    Array.from({ length: 8 }, (_, i) => {
      const a = (i / 8) * Math.PI * 2
      return circle(1330 + Math.cos(a) * 195, 330 + Math.sin(a) * 195, 26, '#264653')
    }).join('')
  const plants = [
    [1180, 700],
    [1480, 720],
    [1300, 820],
    [80, 820],
  ]
    .map(
      ([x, y]) =>
        circle(x, y, 48, '#2a9d8f') +
        circle(x + 20, y - 18, 30, '#52b788') +
        circle(x - 18, y + 14, 24, '#40916c'),
    )
    .join('')
  return svg(
    linear(
      'floor',
      [
        [0, '#f8f4ec'],
        [1, '#ede0d4'],
      ],
      false,
    ),
    rect(0, 0, W, H, 'url(#floor)') +
      rect(1120, 560, 440, 300, '#e9c46a', 'rx="20" opacity="0.35"') +
      desks +
      meeting +
      plants,
  )
}

/** Cố vấn & nhà đầu tư: a founder at the centre, mentors around, all connected. */
function mentors(): string {
  const cx = W / 2
  const cy = H / 2 + 20
  const ring = Array.from({ length: 10 }, (_, i) => {
    const a = (i / 10) * Math.PI * 2 - Math.PI / 2
    return { x: cx + Math.cos(a) * 330, y: cy + Math.sin(a) * 300 }
  })
  const colors = ['#13a89e', '#f4a259', '#457b9d', '#e76f51', '#2a9d8f']
  return svg(
    linear(
      'bg',
      [
        [0, '#fdf0d5'],
        [1, '#fcd5ce'],
      ],
      false,
    ),
    rect(0, 0, W, H, 'url(#bg)') +
      circle(
        cx,
        cy,
        300,
        'none',
        'stroke="#c1121f" stroke-width="2" stroke-dasharray="8 10" opacity="0.5"',
      ) +
      ring.map((p) => line(cx, cy, p.x, p.y, '#780000', 3, 'opacity="0.35"')).join('') +
      ring
        .map((p, i) =>
          line(
            p.x,
            p.y,
            ring[(i + 1) % ring.length].x,
            ring[(i + 1) % ring.length].y,
            '#669bbc',
            2,
            'opacity="0.5"',
          ),
        )
        .join('') +
      ring
        .map(
          (p, i) =>
            circle(p.x, p.y, 62, '#ffffff') + person(p.x, p.y + 14, 48, colors[i % colors.length]),
        )
        .join('') +
      circle(cx, cy, 108, '#c1121f') +
      person(cx, cy + 26, 86, '#fdf0d5'),
  )
}

/** Hoa phượng đỏ: the flame tree of the "city of red flamboyants". */
function flamboyant(): string {
  const rnd = seededRandom(1959)
  const branches = [
    'M -20 860 C 300 700 420 520 700 430',
    'M 700 430 C 900 360 1100 380 1300 250',
    'M 700 430 C 760 300 820 220 960 120',
    'M 420 610 C 520 520 560 430 480 320',
    'M 1000 380 C 1150 460 1350 470 1640 420',
  ]
  let blossoms = ''
  const clusters = [
    [480, 320],
    [700, 430],
    [960, 120],
    [1300, 250],
    [1180, 410],
    [1500, 430],
    [300, 700],
    [830, 300],
  ]
  for (const [x, y] of clusters) {
    for (let i = 0; i < 26; i++) {
      const px = x + (rnd() - 0.5) * 220
      const py = y + (rnd() - 0.5) * 160
      const angle = Math.floor(rnd() * 180)
      blossoms += `<ellipse cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" rx="${(14 + rnd() * 12).toFixed(1)}" ry="${(8 + rnd() * 6).toFixed(1)}" transform="rotate(${angle} ${px.toFixed(1)} ${py.toFixed(1)})" fill="${rnd() > 0.3 ? '#d62828' : '#f77f00'}" opacity="0.9"/>`
      if (rnd() > 0.6)
        blossoms += `<ellipse cx="${(px + 20).toFixed(1)}" cy="${(py + 14).toFixed(1)}" rx="16" ry="5" transform="rotate(${angle + 40} ${px.toFixed(1)} ${py.toFixed(1)})" fill="#52b788" opacity="0.85"/>`
    }
  }
  let petals = ''
  for (let i = 0; i < 30; i++) {
    const px = rnd() * W
    const py = 600 + rnd() * 280
    petals += `<ellipse cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" rx="10" ry="6" transform="rotate(${Math.floor(rnd() * 180)} ${px.toFixed(1)} ${py.toFixed(1)})" fill="#e63946" opacity="0.7"/>`
  }
  return svg(
    linear('sky', [
      [0, '#90e0ef'],
      [1, '#f1faee'],
    ]),
    rect(0, 0, W, H, 'url(#sky)') +
      branches
        .map(
          (d) =>
            `<path d="${d}" stroke="#5e3023" stroke-width="18" fill="none" stroke-linecap="round"/>`,
        )
        .join('') +
      blossoms +
      petals,
  )
}

/** Phòng thí nghiệm: flasks, a molecule and a light bulb on a lab bench. */
function laboratory(): string {
  const flask = (x: number, w: number, h: number, liquid: string) => {
    const neck = w * 0.28
    const top = 640 - h
    return (
      `<path d="M ${x - neck / 2} ${top} L ${x - neck / 2} ${top + h * 0.35} L ${x - w / 2} 640 L ${x + w / 2} 640 L ${x + neck / 2} ${top + h * 0.35} L ${x + neck / 2} ${top} Z" fill="#ffffff" opacity="0.85" stroke="#caf0f8" stroke-width="4"/>` +
      `<path d="M ${x - w * 0.36} ${640 - h * 0.32} L ${x - w / 2 + 6} 636 L ${x + w / 2 - 6} 636 L ${x + w * 0.36} ${640 - h * 0.32} Z" fill="${liquid}"/>`
    )
  }
  const atoms = [
    [1120, 260, 34, '#ffb703'],
    [1250, 200, 26, '#13a89e'],
    [1260, 340, 26, '#e76f51'],
    [1000, 190, 22, '#8ecae6'],
    [1010, 330, 22, '#8ecae6'],
  ] as const
  const molecule =
    atoms
      .slice(1)
      .map(([x, y]) => line(1120, 260, x, y, '#e0fbfc', 8))
      .join('') + atoms.map(([x, y, r, c]) => circle(x, y, r, c)).join('')
  const bulb =
    circle(360, 260, 110, 'url(#halo)') +
    circle(360, 250, 70, '#ffd166') +
    rect(330, 310, 60, 50, '#adb5bd', 'rx="6"') +
    Array.from({ length: 8 }, (_, i) => {
      const a = (i / 8) * Math.PI * 2
      return line(
        360 + Math.cos(a) * 95,
        250 + Math.sin(a) * 95,
        360 + Math.cos(a) * 130,
        250 + Math.sin(a) * 130,
        '#ffd166',
        6,
        'stroke-linecap="round"',
      )
    }).join('')
  return svg(
    linear('bg', [
      [0, '#023e8a'],
      [1, '#0077b6'],
    ]) +
      radial('halo', [
        [0, '#ffd166', 0.6],
        [1, '#ffd166', 0],
      ]),
    rect(0, 0, W, H, 'url(#bg)') +
      bulb +
      molecule +
      rect(0, 640, W, 260, '#03045e') +
      rect(0, 640, W, 14, '#48cae4') +
      flask(640, 180, 260, '#13a89e') +
      flask(860, 130, 200, '#f77f00') +
      flask(1380, 160, 230, '#d62828') +
      rect(1040, 520, 40, 120, '#caf0f8', 'rx="8" opacity="0.8"') +
      rect(1100, 500, 40, 140, '#caf0f8', 'rx="8" opacity="0.8"') +
      rect(1040, 590, 40, 50, '#ffb703', 'rx="8"') +
      rect(1100, 560, 40, 80, '#13a89e', 'rx="8"'),
  )
}

/** Phát thanh - truyền hình: a transmitter mast, broadcast waves, a screen and a microphone. */
function broadcast(): string {
  const top = 250
  const base = 760
  const mast =
    `<path d="M 800 ${top} L 730 ${base} L 870 ${base} Z" fill="none" stroke="#f1faee" stroke-width="8"/>` +
    Array.from({ length: 9 }, (_, i) => {
      const y = top + 30 + i * 52
      const half = ((y - top) / (base - top)) * 70
      return (
        line(800 - half, y, 800 + half, y + 52, '#f1faee', 3) +
        line(800 + half, y, 800 - half, y + 52, '#f1faee', 3)
      )
    }).join('') +
    circle(800, top - 10, 18, '#d62828')
  const waves = [110, 180, 250, 320]
    .map(
      (r, i) =>
        `<path d="M ${800 - r} ${top} A ${r} ${r} 0 0 1 ${800 + r} ${top}" fill="none" stroke="#ffb703" stroke-width="${10 - i * 2}" opacity="${(0.9 - i * 0.18).toFixed(2)}" stroke-linecap="round"/>`,
    )
    .join('')
  const screen =
    rect(170, 380, 380, 250, '#1d3557', 'rx="22"') +
    rect(195, 405, 330, 200, 'url(#screen)', 'rx="10"') +
    `<path d="M 330 455 L 330 555 L 415 505 Z" fill="#f1faee"/>` +
    rect(300, 630, 120, 20, '#1d3557') +
    rect(250, 650, 220, 16, '#1d3557', 'rx="8"')
  const mic =
    rect(1190, 360, 120, 200, '#f1faee', 'rx="60"') +
    Array.from({ length: 5 }, (_, i) =>
      line(1200, 400 + i * 30, 1300, 400 + i * 30, '#a8dadc', 4),
    ).join('') +
    `<path d="M 1160 480 Q 1160 620 1250 620 Q 1340 620 1340 480" fill="none" stroke="#f1faee" stroke-width="14"/>` +
    rect(1242, 620, 16, 80, '#f1faee') +
    rect(1180, 700, 140, 18, '#f1faee', 'rx="9"')
  return svg(
    linear('bg', [
      [0, '#14213d'],
      [1, '#3d405b'],
    ]) +
      linear(
        'screen',
        [
          [0, '#13a89e'],
          [1, '#457b9d'],
        ],
        false,
      ),
    rect(0, 0, W, H, 'url(#bg)') + waves + mast + rect(0, 760, W, 140, '#0b132b') + screen + mic,
  )
}

/** Hội nghị: a stage under spotlights and an audience in silhouette. */
function conference(): string {
  const beams = [300, 800, 1300]
    .map((x) => `<path d="M ${x} 0 L ${x - 180} 620 L ${x + 180} 620 Z" fill="url(#beam)"/>`)
    .join('')
  let audience = ''
  for (let row = 0; row < 3; row++) {
    const y = 760 + row * 60
    const size = 40 + row * 8
    for (let x = 40 + (row % 2) * 40; x < W; x += 90 + row * 6) {
      audience += person(x, y, size, row === 2 ? '#0b090a' : row === 1 ? '#161a1d' : '#22223b')
    }
  }
  return svg(
    linear('bg', [
      [0, '#22223b'],
      [1, '#4a4e69'],
    ]) +
      linear('beam', [
        [0, '#fff3b0', 0.55],
        [1, '#fff3b0', 0.05],
      ]) +
      linear(
        'panel',
        [
          [0, '#0b2545'],
          [0.5, '#13a89e'],
          [1, '#0b2545'],
        ],
        false,
      ),
    rect(0, 0, W, H, 'url(#bg)') +
      rect(220, 120, 1160, 420, 'url(#panel)', 'rx="12"') +
      circle(800, 330, 120, 'none', 'stroke="#f1faee" stroke-width="10" opacity="0.7"') +
      circle(800, 330, 60, '#d7263d', 'opacity="0.9"') +
      rect(0, 600, W, 60, '#9a8c98') +
      rect(1160, 470, 110, 140, '#4a4e69') +
      rect(1150, 460, 130, 18, '#c9ada7') +
      rect(380, 540, 620, 30, '#c9ada7') +
      [460, 600, 740, 880].map((x) => person(x, 520, 34, '#22223b')).join('') +
      beams +
      audience,
  )
}

export const ILLUSTRATIONS = {
  harbour,
  skyline,
  network,
  centreBuilding,
  coworking,
  mentors,
  flamboyant,
  laboratory,
  broadcast,
  conference,
} as const

export type IllustrationName = keyof typeof ILLUSTRATIONS

/** Renders one illustration to a 1600×900 JPEG. */
export async function renderIllustration(name: IllustrationName): Promise<Buffer> {
  return sharp(Buffer.from(ILLUSTRATIONS[name]()))
    .resize(IMAGE_WIDTH, IMAGE_HEIGHT)
    .jpeg({ quality: 86, mozjpeg: true })
    .toBuffer()
}
