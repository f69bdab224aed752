import type { Payload } from 'payload'

/** A Lexical document of paragraphs, and optionally blocks, as the admin's editor saves it. */
export function richText(
  ...children: (string | { type: string; version: number; [key: string]: unknown })[]
) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: children.map((child) =>
        typeof child === 'string'
          ? {
              type: 'paragraph',
              format: '',
              indent: 0,
              version: 1,
              direction: 'ltr',
              textFormat: 0,
              children: [
                {
                  type: 'text',
                  text: child,
                  format: 0,
                  detail: 0,
                  mode: 'normal',
                  style: '',
                  version: 1,
                },
              ],
            }
          : child,
      ),
    },
  }
}

/** A block node inside rich text (callout, checklist, table…). */
export function blockNode(fields: Record<string, unknown>) {
  return {
    type: 'block',
    format: '',
    version: 2,
    fields: { id: Math.random().toString(16).slice(2, 26), ...fields },
  }
}

export async function createSector(payload: Payload, name = 'Chế biến hạt điều') {
  return payload.create({
    collection: 'sectors',
    data: { name, vsicCodes: [{ code: '1030' }], _status: 'published' } as never,
  })
}

export async function createLegalDocument(
  payload: Payload,
  overrides: Record<string, unknown> = {},
) {
  return payload.create({
    collection: 'legal-documents',
    data: {
      number: '1419/QĐ-TTg',
      title: 'Quyết định phê duyệt Chiến lược sản xuất sạch hơn trong công nghiệp đến năm 2020',
      type: 'quyet-dinh',
      scope: 'national',
      issuingBody: 'Thủ tướng Chính phủ',
      issueDate: '2009-09-07',
      effectiveDate: '2009-09-07',
      _status: 'published',
      ...overrides,
    } as never,
  })
}

/** A case study with two implemented options, one planned, and two per-unit indicators. */
export function caseStudyData(sectorId: number | string) {
  return {
    title: 'Cải tiến lò hấp hạt điều',
    sector: sectorId,
    enterprise: { name: 'Cơ sở chế biến hạt điều (ẩn danh)', anonymised: true },
    location: { province: 'Bình Phước', industrialPark: 'Khu công nghiệp Đồng Xoài' },
    assessmentYear: 2014,
    product: { name: 'Nhân điều', unit: 't nhân điều', annualOutput: 1200 },
    options: [
      {
        description: 'Bảo ôn đường ống hơi',
        optionType: 'equipment-modification',
        status: 'implemented',
        investmentVnd: 60_000_000,
        annualSavingsVnd: 90_000_000,
        fuelPerYear: 75,
        fuelUnit: 't-firewood',
      },
      {
        description: 'Lắp biến tần cho quạt lò',
        optionType: 'technology-change',
        status: 'implemented',
        investmentVnd: 120_000_000,
        annualSavingsVnd: 60_000_000,
        electricityKwhPerYear: 36_000,
        co2eTPerYear: 32.4,
      },
      {
        description: 'Thu hồi dầu vỏ hạt điều',
        optionType: 'useful-by-product',
        status: 'planned',
        investmentVnd: 900_000_000,
        annualSavingsVnd: 300_000_000,
      },
    ],
    indicators: [
      { name: 'Điện năng trên tấn sản phẩm', unit: 'kWh/t', before: 400, after: 370 },
      { name: 'Củi trên tấn sản phẩm', unit: 't/t', before: 0.5, after: 0.48 },
    ],
    verificationLevel: 'self-reported',
    source: { citation: 'Ví dụ minh họa', illustrative: true },
    _status: 'published',
  }
}
