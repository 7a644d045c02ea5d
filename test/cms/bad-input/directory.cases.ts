/**
 * The ecosystem directory and the programmes (issue 15): registration numbers, dates, support
 * years and amounts that make no sense, a person published without consent, a target whose
 * minimum exceeds its maximum, and who may not write here — each refused beside its field, in
 * the person's language, with nothing stored.
 */
import { consentRecord } from '../../helpers/factories'
import type { BadInputCase, CaseFile } from './cases'

const TAKEN = '0200123456'
const TAKEN_BY = 'Công ty Cổ phần Cảng Số Thử Nghiệm'
const day = 24 * 60 * 60_000
const inDays = (n: number) => new Date(Date.now() + n * day).toISOString()

const startup = (data: Record<string, unknown>) => ({
  name: 'Dự án nhập sai',
  _status: 'published',
  ...data,
})

/** A startup sent by the Ban biên tập (who may publish): only the data is wrong. */
const startupCase = (
  name: string,
  data: Record<string, unknown>,
  field: string,
  says: BadInputCase['says'],
): BadInputCase => ({
  name,
  as: 'chief',
  send: { method: 'POST', path: '/api/startups', body: startup(data) },
  status: 400,
  field,
  says,
})

const registrationRule = {
  vi: /Mã số doanh nghiệp gồm 10 chữ số, hoặc 13 chữ số với đơn vị phụ thuộc/,
  en: /A business registration number has 10 digits, or 13 for a branch/,
}
const notANumber = {
  vi: /Hãy nhập một số chỉ gồm chữ số, không có dấu chấm hay dấu phẩy phân cách hàng nghìn/,
  en: /Enter a number in digits only, without thousands separators/,
}
const round = (data: Record<string, unknown>) => ({
  registrationDate: '2022-05-09T17:00:00.000Z',
  fundingRounds: [{ date: '2023-06-30T17:00:00.000Z', ...data }],
})

const person = (data: Record<string, unknown>) => ({
  name: 'Nguyễn Văn Chuyên Gia',
  roles: ['mentor'],
  _status: 'published',
  ...data,
})

const programme = (data: Record<string, unknown>) => ({
  title: 'Kế hoạch thử nghiệm',
  code: '77/KH-UBND',
  status: 'successor',
  periodStart: 2026,
  periodEnd: 2030,
  ...data,
})

export const { cases, setup }: CaseFile = {
  setup: async ({ payload, newsroom }) => {
    const taken = await payload.create({
      collection: 'startups',
      data: { name: TAKEN_BY, registrationNumber: TAKEN, _status: 'published' },
    })
    // Another outlet's draft: its number is taken, but its name is not for outlet A to read.
    const hidden = await payload.create({
      collection: 'startups',
      data: {
        name: 'Dự án nháp của cơ quan B',
        registrationNumber: '0200654321',
        outlet: newsroom.outletB,
        _status: 'draft',
      },
      draft: true,
    })
    await payload.create({
      collection: 'programmes',
      data: {
        title: 'Kế hoạch phát triển hệ sinh thái khởi nghiệp 2021–2025',
        code: '281/KH-UBND',
        status: 'current',
        periodStart: 2021,
        periodEnd: 2025,
        _status: 'published',
      },
    })
    return { takenStartup: taken.id, hiddenStartup: hidden.id }
  },
  cases: [
    startupCase(
      'a registration number of 12 digits',
      { registrationNumber: '020012345678' },
      'registrationNumber',
      registrationRule,
    ),
    startupCase(
      'a registration number with a letter I for a 1',
      { registrationNumber: '0200I23456' },
      'registrationNumber',
      registrationRule,
    ),
    startupCase(
      'a branch suffix of two digits',
      { registrationNumber: '0200123456-01' },
      'registrationNumber',
      registrationRule,
    ),
    startupCase(
      'a branch suffix 000, never issued',
      { registrationNumber: '0200123456-000' },
      'registrationNumber',
      registrationRule,
    ),
    startupCase(
      'a registration number already in the directory, typed with spaces',
      { registrationNumber: '0200 123 456' },
      'registrationNumber',
      {
        vi: new RegExp(`Mã số doanh nghiệp ${TAKEN} đã có trong danh bạ \\("${TAKEN_BY}"\\)`),
        en: new RegExp(
          `The registration number ${TAKEN} is already in the directory \\("${TAKEN_BY}"\\)`,
        ),
      },
    ),
    {
      name: "a number another outlet's draft has, as a draft: refused without its name",
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/startups?draft=true',
        body: startup({ registrationNumber: '0200.654.321', _status: 'draft' }),
      },
      status: 400,
      field: 'registrationNumber',
      says: {
        vi: /Mã số doanh nghiệp 0200654321 đã có trong danh bạ\. Mỗi doanh nghiệp/,
        en: /The registration number 0200654321 is already in the directory\. One profile/,
      },
    },
    startupCase(
      'a first registration date in the future',
      { registrationDate: inDays(40) },
      'registrationDate',
      {
        vi: /Ngày đăng ký doanh nghiệp lần đầu không thể ở tương lai/,
        en: /The first registration date cannot be in the future/,
      },
    ),
    startupCase(
      'support recorded for a year to come',
      { supportRecords: [{ year: 2099, kind: 'direct' }] },
      'supportRecords.0.year',
      { vi: /Năm hỗ trợ 2099 chưa đến/, en: /2099 has not come yet/ },
    ),
    startupCase(
      'support recorded for half a year',
      { supportRecords: [{ year: 2023.5, kind: 'service' }] },
      'supportRecords.0.year',
      { vi: /Hãy nhập năm hỗ trợ/, en: /Enter the year of the support/ },
    ),
    startupCase(
      'a negative amount raised',
      round({ amountVnd: -500_000_000 }),
      'fundingRounds.0.amountVnd',
      { vi: /Số tiền không được âm/, en: /The amount cannot be negative/ },
    ),
    startupCase(
      'an amount with Vietnamese thousands separators (would be stored as 1.5)',
      round({ amountVnd: '1.500.000.000' }),
      'fundingRounds.0.amountVnd',
      notANumber,
    ),
    startupCase(
      'an amount in words',
      round({ amountVnd: '500 triệu' }),
      'fundingRounds.0.amountVnd',
      notANumber,
    ),
    startupCase(
      'an amount with a fraction of a đồng',
      round({ amountVnd: 1500.5 }),
      'fundingRounds.0.amountVnd',
      { vi: /Số tiền tính bằng đồng, không có phần lẻ/, en: /whole đồng, without decimals/ },
    ),
    startupCase(
      'a funding round before the enterprise was registered',
      round({ date: '2021-02-28T17:00:00.000Z' }),
      'fundingRounds.0.date',
      {
        vi: /Vòng gọi vốn ngày 01\/03\/2021 trước ngày đăng ký doanh nghiệp \(10\/05\/2022\)/,
        en: /A funding round on 01\/03\/2021 is before the enterprise was registered \(10\/05\/2022\)/,
      },
    ),
    startupCase(
      'a funding round in the future',
      round({ date: inDays(30) }),
      'fundingRounds.0.date',
      { vi: /Ngày gọi vốn không thể ở tương lai/, en: /cannot be dated in the future/ },
    ),
    {
      name: 'a person published without their consent',
      as: 'chief',
      send: { method: 'POST', path: '/api/people', body: person({}) },
      status: 400,
      field: 'consent.given',
      says: {
        vi: /Chưa thể xuất bản: cần ghi nhận sự đồng ý của người này cho mục đích "Công bố hồ sơ trên danh bạ hệ sinh thái"/,
        en: /Not published: record this person’s consent to "Publishing their profile in the ecosystem directory" first/,
      },
    },
    {
      name: 'a person published with consent to another purpose only',
      as: 'chief',
      send: {
        method: 'POST',
        path: '/api/people',
        body: person({ consent: consentRecord(['public-contact']) }),
      },
      status: 400,
      field: 'consent.given',
      says: { vi: /Chưa thể xuất bản: cần ghi nhận sự đồng ý/, en: /Not published: record/ },
    },
    {
      name: 'a person published after they withdrew their consent',
      as: 'chief',
      send: {
        method: 'POST',
        path: '/api/people',
        body: person({
          consent: consentRecord(['profile'], { withdrawnAt: '2025-09-01T17:00:00.000Z' }),
        }),
      },
      status: 400,
      field: 'consent.withdrawnAt',
      says: {
        vi: /Người này đã rút lại sự đồng ý ngày 02\/09\/2025/,
        en: /This person withdrew their consent on 02\/09\/2025/,
      },
    },
    {
      name: 'consent ticked without its date, on a draft',
      as: 'chief',
      send: {
        method: 'POST',
        path: '/api/people?draft=true',
        body: person({ consent: consentRecord(['profile'], { givenAt: null }), _status: 'draft' }),
      },
      status: 400,
      field: 'consent.givenAt',
      says: { vi: /Ghi ngày người đó đồng ý/, en: /Give the date the consent was given/ },
    },
    {
      name: 'a consent dated in the future',
      as: 'chief',
      send: {
        method: 'POST',
        path: '/api/people?draft=true',
        body: person({
          consent: consentRecord(['profile'], { givenAt: inDays(10) }),
          _status: 'draft',
        }),
      },
      status: 400,
      field: 'consent.givenAt',
      says: { vi: /Ngày đồng ý không thể ở tương lai/, en: /cannot be dated in the future/ },
    },
    {
      name: 'a phone number in words',
      as: 'chief',
      send: {
        method: 'POST',
        path: '/api/people?draft=true',
        body: person({ phone: 'gọi giờ hành chính', _status: 'draft' }),
      },
      status: 400,
      field: 'phone',
      says: { vi: /Số điện thoại gồm 8 đến 20 chữ số/, en: /A phone number has 8 to 20 digits/ },
    },
    {
      name: 'a target whose minimum exceeds its maximum',
      as: 'chief',
      send: {
        method: 'POST',
        path: '/api/programmes?draft=true',
        body: programme({
          _status: 'draft',
          targets: [
            {
              key: 'chuyen-gia',
              measure: 'networkPeople',
              label: 'Thu hút huấn luyện viên, cố vấn, chuyên gia, nhà đầu tư',
              minimum: 200,
              maximum: 150,
              unit: 'person',
            },
          ],
        }),
      },
      status: 400,
      field: 'targets.0.minimum',
      says: {
        vi: /Mức tối thiểu \(200\) lớn hơn mức tối đa \(150\)/,
        en: /The minimum \(200\) exceeds the maximum \(150\)/,
      },
    },
    {
      name: 'a second current programme',
      as: 'chief',
      send: { method: 'POST', path: '/api/programmes', body: programme({ status: 'current' }) },
      status: 400,
      field: 'status',
      says: {
        vi: /281\/KH-UBND đang là chương trình đang thực hiện/,
        en: /281\/KH-UBND is the current programme/,
      },
    },
    {
      name: "an outlet's editor publishes a startup (the department does)",
      as: 'editor',
      send: { method: 'POST', path: '/api/startups', body: startup({}) },
      status: 403,
      says: { vi: /không có quyền xuất bản/, en: /may not publish/ },
    },
    {
      name: 'a contributor drafts a startup',
      as: 'contributor',
      send: {
        method: 'POST',
        path: '/api/startups?draft=true',
        body: startup({ _status: 'draft' }),
      },
      status: 403,
      says: { vi: /không có quyền thực hiện/, en: /not allowed to perform/ },
    },
  ],
}
