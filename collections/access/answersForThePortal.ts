import type { Access } from 'payload'

import { answersForThePortal as answers } from '../lib/permissions'

/** Ban biên tập and Quản trị: delete questions and comments. */
export const answersForThePortal: Access = ({ req: { user } }) => answers(user)
