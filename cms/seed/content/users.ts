import type { UserSeed } from '../types'

/**
 * One demo account per newsroom role, on the reserved `hub.example` domain (RFC 6761), so no
 * mail can reach a real person. Passwords are never stored here: see `seedDemoContent`.
 * The administrator comes first: Payload makes the very first account an administrator anyway.
 */
export const USERS: UserSeed[] = [
  { email: 'quantri@hub.example', name: 'Nguyễn Thị Thu Hà', role: 'admin' },
  { email: 'bbt@hub.example', name: 'Trần Quốc Khánh', role: 'chief' },
  {
    email: 'bientap.baohp@hub.example',
    name: 'Phạm Minh Đức',
    role: 'editor',
    outlet: 'bao-hai-phong',
  },
  {
    email: 'bientap.anhp@hub.example',
    name: 'Vũ Thị Lan Anh',
    role: 'editor',
    outlet: 'bao-an-ninh-hai-phong',
  },
  {
    email: 'ctv.thp@hub.example',
    name: 'Đỗ Thanh Tùng',
    role: 'contributor',
    outlet: 'dai-phat-thanh-va-truyen-hinh-hai-phong',
  },
]
