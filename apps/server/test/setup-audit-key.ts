// Every test process signs audit links as a server does; tests that append directly need the key too.
import { useAuditKey } from '../src/platform/audit/index.ts';

useAuditKey('test-audit-key-test-audit-key-0000');
