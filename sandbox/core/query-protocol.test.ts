import { describe, expect, it } from 'vitest';
import { serviceModels } from '../models/service-models';
import { AwsError } from './aws-error';
import { deserializeQueryInput, serializeQueryError, serializeQueryOutput } from './query-protocol';

const iam = serviceModels.iam;

describe('awsQuery input', () => {
  it('reads .member.N lists of structures and scalars by the input shape', () => {
    const params = new URLSearchParams(
      'Action=CreateRole&Version=2010-05-08&RoleName=r&AssumeRolePolicyDocument=%7B%7D&MaxSessionDuration=7200' +
        '&Tags.member.1.Key=env&Tags.member.1.Value=prod&Tags.member.2.Key=team&Tags.member.2.Value=',
    );
    expect(deserializeQueryInput(iam, 'CreateRoleRequest', params)).toEqual({
      RoleName: 'r',
      AssumeRolePolicyDocument: '{}',
      MaxSessionDuration: 7200,
      Tags: [
        { Key: 'env', Value: 'prod' },
        { Key: 'team', Value: '' },
      ],
    });
  });

  it('reads an empty list and booleans', () => {
    const params = new URLSearchParams('UserName=u&TagKeys=');
    expect(deserializeQueryInput(iam, 'UntagUserRequest', params)).toEqual({ UserName: 'u', TagKeys: [] });
    expect(deserializeQueryInput(iam, 'ListPoliciesRequest', new URLSearchParams('OnlyAttached=true&MaxItems=5'))).toEqual({ OnlyAttached: true, MaxItems: 5 });
  });

  it('reads nested context entries of SimulateCustomPolicy', () => {
    const params = new URLSearchParams(
      'PolicyInputList.member.1=%7B%7D&ActionNames.member.1=iam%3AListUsers&ContextEntries.member.1.ContextKeyName=aws%3AMultiFactorAuthPresent' +
        '&ContextEntries.member.1.ContextKeyType=boolean&ContextEntries.member.1.ContextKeyValues.member.1=true',
    );
    expect(deserializeQueryInput(iam, 'SimulateCustomPolicyRequest', params)).toEqual({
      PolicyInputList: ['{}'],
      ActionNames: ['iam:ListUsers'],
      ContextEntries: [{ ContextKeyName: 'aws:MultiFactorAuthPresent', ContextKeyType: 'boolean', ContextKeyValues: ['true'] }],
    });
  });
});

describe('awsQuery output', () => {
  it('wraps the result, lists as <member>, ISO timestamps, escaped text and base64 blobs', () => {
    const xml = serializeQueryOutput(
      iam,
      'GetUser',
      { User: { Path: '/', UserName: 'a&b', UserId: 'AIDAX', Arn: 'arn', CreateDate: new Date('2026-01-02T03:04:05Z'), Tags: [{ Key: 'k', Value: '<v>' }] } },
      'req-1',
    );
    expect(xml).toContain('<GetUserResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><GetUserResult><User><Path>/</Path><UserName>a&amp;b</UserName>');
    expect(xml).toContain('<CreateDate>2026-01-02T03:04:05Z</CreateDate>');
    expect(xml).toContain('<Tags><member><Key>k</Key><Value>&lt;v&gt;</Value></member></Tags>');
    expect(xml).toContain('<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></GetUserResponse>');
    const blob = serializeQueryOutput(iam, 'GetCredentialReport', { Content: Buffer.from('user,arn\n'), ReportFormat: 'text/csv' }, 'r');
    expect(blob).toContain(`<Content>${Buffer.from('user,arn\n').toString('base64')}</Content>`);
  });

  it('returns only ResponseMetadata for operations without output', () => {
    expect(serializeQueryOutput(iam, 'AttachRolePolicy', {}, 'r2')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<AttachRolePolicyResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ResponseMetadata><RequestId>r2</RequestId></ResponseMetadata></AttachRolePolicyResponse>\n',
    );
  });

  it('writes errors in the ErrorResponse document', () => {
    const xml = serializeQueryError('https://iam.amazonaws.com/doc/2010-05-08/', new AwsError('NoSuchEntity', 'The user with name x cannot be found.', 404), 'r3');
    expect(xml).toContain('<Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>The user with name x cannot be found.</Message></Error><RequestId>r3</RequestId>');
  });
});
