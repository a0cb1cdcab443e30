import { describe, expect, it } from 'vitest';
import { compileJavaPattern, javaPatternToJs } from './java-regex';

describe('Java patterns from the AWS models', () => {
  it('matches the whole value, as Java matches() does', () => {
    const re = compileJavaPattern('[\\w+=,.@-]+');
    expect(re.test('alice.smith@example')).toBe(true);
    expect(re.test('alice smith')).toBe(false);
    expect(re.test('')).toBe(false);
  });

  it('reads exactly four hex digits after \\u, so \\u10000 is U+1000 then 0', () => {
    expect(javaPatternToJs('[\\u10000-\\u10FFFF]')).toBe('[\\u{1000}0-\\u{10FF}FF]');
    const re = compileJavaPattern('[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+');
    expect(re.test('arn:aws:iam::123456789012:role/ok')).toBe(true);
    expect(re.test('bell\u0007')).toBe(false);
  });

  it('keeps policy documents to the Latin-1 range', () => {
    const re = compileJavaPattern('[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+');
    expect(re.test('{"Version": "2012-10-17"}\n\t')).toBe(true);
    expect(re.test('{"Sid": "caf\u00e9"}')).toBe(true);
    expect(re.test('{"Sid": "\u20ac"}')).toBe(false);
  });

  it('supports Unicode categories in tag patterns', () => {
    const re = compileJavaPattern('[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*');
    expect(re.test('Équipe 42: ops/prod=+@-')).toBe(true);
    expect(re.test('semi;colon')).toBe(false);
  });

  it('accepts the identity escapes Java allows but unicode-mode JavaScript rejects', () => {
    const re = compileJavaPattern("[a-zA-Z0-9&$@#\\\\\\/%?=~\\-_'\"|!:,.;*+\\[\\]\\ \\(\\)\\{\\}]+");
    expect(re.test('https://console.aws.amazon.com/ec2/home?region=us-east-1#Instances:')).toBe(true);
    expect(re.test('a b')).toBe(true);
    expect(re.test('tab\there')).toBe(false);
  });

  it('maps POSIX classes', () => {
    expect(compileJavaPattern('\\p{Alpha}+\\p{Digit}').test('abc1')).toBe(true);
    expect(compileJavaPattern('[\\p{Punct}]+').test('!?')).toBe(true);
    expect(compileJavaPattern('[\\p{Punct}]+').test('a')).toBe(false);
  });
});
