import { ANAPHORS, ATTRIBUTION, JOINT_TEXTS, CONDITIONS, DOCUMENTS, HEDGES, NEGATION, NOT_POSITIONS, OPTIONS, PASSIVES, PHRASINGS, RECIPIENTS, RELATIVES, REVERSALS, RUSSIAN, UKRAINIAN } from './cases.js';
import { describeCases } from './describe-cases.js';

describeCases('attribution', ATTRIBUTION);
describeCases('documents', DOCUMENTS);
describeCases('joint texts and summaries', JOINT_TEXTS);
describeCases('relatives', RELATIVES);
describeCases('recipients', RECIPIENTS);
describeCases('options', OPTIONS);
describeCases('negation', NEGATION);
describeCases('passives', PASSIVES);
describeCases('reversals', REVERSALS);
describeCases('anaphors', ANAPHORS);
describeCases('phrasings', PHRASINGS);
describeCases('conditions', CONDITIONS);
describeCases('hedges', HEDGES);
describeCases('Ukrainian', UKRAINIAN);
describeCases('Russian', RUSSIAN);
describeCases('not positions', NOT_POSITIONS);
