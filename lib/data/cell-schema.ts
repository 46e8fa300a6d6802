import { z } from 'zod';

import type { FieldDescriptor } from './package-schema';
import { UNKNOWN_MARKER, known, notGiven, unknown, type Quantity } from './quantity';

/** A validated cell: text, a number that must be there, or a number that may be unknown. */
export type Cell = string | number | Quantity;

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

function describeNumber(field: FieldDescriptor): string {
  const kind = field.type === 'integer' ? 'a whole number' : 'a number';
  const minimum = field.constraints?.minimum;
  const range = minimum === undefined ? '' : ` of at least ${minimum}`;
  const plain = ' in plain digits (no spaces or thousands separators)';
  const missing = field.constraints?.required ? '' : `, "${UNKNOWN_MARKER}" for unknown or empty`;
  return `${kind}${range}${plain}${missing}`;
}

function describeText(field: FieldDescriptor): string {
  const allowed = field.constraints?.enum;
  if (allowed) return `one of ${allowed.map((v) => JSON.stringify(String(v))).join(', ')}`;
  if (field.constraints?.pattern) return `text matching ${field.constraints.pattern}`;
  return 'some text';
}

/**
 * Builds the zod schema for one column from its Table Schema field: the raw text of a cell goes
 * in, a typed cell comes out, or an issue whose message says what was expected. Numbers that may
 * be missing become Quantity values so that "?" and an empty cell survive as what they are.
 */
export function cellSchema(field: FieldDescriptor, missingValues: readonly string[]) {
  const constraints = field.constraints ?? {};
  const required = constraints.required === true;
  const allowed = constraints.enum?.map(String);

  if (field.type === 'string') {
    const expected = describeText(field);
    const pattern = constraints.pattern ? new RegExp(`^(?:${constraints.pattern})$`) : null;
    return z.string().transform((raw, ctx): Cell => {
      const value = missingValues.includes(raw) ? '' : raw;
      if (value === '') {
        if (required)
          ctx.addIssue({ code: 'custom', message: `${expected} (this column is required)` });
        return '';
      }
      if ((allowed && !allowed.includes(value)) || (pattern && !pattern.test(value))) {
        ctx.addIssue({ code: 'custom', message: expected });
      }
      return value;
    });
  }

  const expected = describeNumber(field);
  const syntax = field.type === 'integer' ? INTEGER : DECIMAL;
  return z.string().transform((raw, ctx): Cell => {
    if (missingValues.includes(raw)) {
      if (required) {
        ctx.addIssue({ code: 'custom', message: `${expected} (this column cannot be missing)` });
        return z.NEVER;
      }
      return raw === UNKNOWN_MARKER ? unknown : notGiven;
    }
    const value = Number(raw);
    const outOfRange = constraints.minimum !== undefined && value < constraints.minimum;
    const notAllowed = allowed !== undefined && !allowed.includes(raw);
    if (!syntax.test(raw) || outOfRange || notAllowed) {
      ctx.addIssue({
        code: 'custom',
        message: allowed ? `one of ${allowed.join(', ')}` : expected,
      });
      return z.NEVER;
    }
    return required ? value : known(value);
  });
}
