#!/usr/bin/env python3
"""Writes a synthetic catalog overlay of N libraries in the real format, for the benchmark.

Usage: src/bench/gen_catalog.py N OUT_DIR [SEED]

Each library has facts, all seven dimensions with notes, a reported composite and tier, two to
four scenario ratings, strengths, limitations and a measurement, like a fully evaluated entry of
the built-in catalog. Everything names the synthetic source `synthetic-bench` (written to the
overlay's sources.yaml), so nothing pretends to come from a real document. Deterministic per seed.
"""
import os, random, sys

DIMENSIONS = ['stability', 'community', 'documentation', 'production', 'performance', 'ecosystem', 'maintenance']
SCENARIOS = ['rag', 'llm-inference', 'edge-ai', 'model-training', 'restful-api', 'microservices',
             'high-throughput-api', 'realtime-apps', 'edge-computing', 'serverless', 'data-analytics',
             'semantic-search', 'production-deployment', 'rapid-prototyping', 'embedded-apps']
CATEGORIES = ['web-framework', 'orm', 'database', 'vector-db', 'ml-framework', 'data-processing',
              'async-runtime', 'serialization', 'observability', 'networking', 'gui', 'wasm-runtime']
TIERS = [(4.8, 'industry-standard'), (4.0, 'production-ready'), (3.5, 'mature'), (2.5, 'early'), (0, 'experimental')]
WORDS = ['fast', 'async', 'typed', 'zero-copy', 'embedded', 'vector', 'stream', 'graph', 'edge', 'query',
         'cache', 'schema', 'index', 'batch', 'shard', 'token', 'model', 'tensor', 'actor', 'codec']
ZH = ['高速', '异步', '类型安全', '零拷贝', '嵌入式', '向量', '流式', '图', '边缘', '查询',
      '缓存', '模式', '索引', '批处理', '分片', '分词', '模型', '张量', 'Actor', '编解码']


def q(s):
    return "'" + s.replace("'", "''") + "'"


def text(en, zh):
    return '{en: ' + q(en) + ', zh: ' + q(zh) + '}'


def library(i, rnd):
    w = rnd.sample(range(len(WORDS)), 2)
    lid = f'syn-{WORDS[w[0]]}-{WORDS[w[1]]}-{i:06d}'
    scores = [rnd.choice([2.5, 3.0, 3.5, 4.0, 4.5, 5.0]) for _ in DIMENSIONS]
    mean = round(sum(scores) / len(scores), 1)
    tier = next(t for m, t in TIERS if mean >= m)
    out = [f'# Synthetic benchmark entry {i}; not a real library.',
           f'id: {lid}',
           f'name: Syn {WORDS[w[0]].title()} {WORDS[w[1]].title()} {i}',
           f'aliases: [{lid}-rs]',
           f'category: {rnd.choice(CATEGORIES)}',
           f'repository: example/{lid}',
           'summary: ' + text(f'Synthetic {WORDS[w[0]]} {WORDS[w[1]]} library number {i} for benchmarking.',
                              f'用于基准测试的第 {i} 个合成{ZH[w[0]]}{ZH[w[1]]}库。'),
           'facts:',
           f"- {{key: version, value: '{rnd.randint(0, 3)}.{rnd.randint(0, 40)}.{rnd.randint(0, 9)}', asOf: '2025-10', source: synthetic-bench}}",
           f"- {{key: stars, value: '{rnd.randint(1, 90)},{rnd.randint(100, 999)}+', source: synthetic-bench}}",
           'evaluation:',
           '  source: synthetic-bench',
           '  date: 2025-10-23',
           '  dimensions:']
    for d, s in zip(DIMENSIONS, scores):
        out.append(f'    {d}: {{score: {s}, note: ' + text(f'{d.title()} rated {s} in the synthetic run.',
                                                         f'合成数据中该维度评分为 {s}。') + '}')
    out.append(f'  reported: {{score: {mean}, tier: {tier}}}')
    out.append('scenarios:')
    for sc in rnd.sample(SCENARIOS, rnd.randint(2, 4)):
        out.append(f'- {{scenario: {sc}, stars: {rnd.randint(1, 5)}, source: synthetic-bench, note: '
                   + text(f'Synthetic rating for {sc}.', f'{sc} 场景的合成评分。') + '}')
    out.append('strengths:')
    out.append('- {en: ' + q(f'Good at {WORDS[w[0]]} workloads.') + ', zh: ' + q(f'擅长{ZH[w[0]]}负载。') + ', source: synthetic-bench}')
    out.append('- {en: ' + q(f'Integrates with {WORDS[w[1]]} tooling.') + ', zh: ' + q(f'可与{ZH[w[1]]}工具集成。') + ', source: synthetic-bench}')
    out.append('limitations:')
    out.append('- {en: Synthetic limitation for the benchmark., zh: 基准测试用的合成局限。, source: synthetic-bench}')
    out.append('measurements:')
    out.append('- metric: {en: Throughput, zh: 吞吐量}')
    out.append(f'  value: {rnd.randint(100, 90000)}')
    out.append('  unit: QPS')
    out.append("  conditions: {hardware: 'synthetic', concurrency: '64'}")
    out.append('  source: synthetic-bench')
    return lid, '\n'.join(out) + '\n'


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    n, out = int(sys.argv[1]), sys.argv[2]
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20251023)
    os.makedirs(os.path.join(out, 'libraries'), exist_ok=True)
    with open(os.path.join(out, 'sources.yaml'), 'w', encoding='utf-8') as f:
        f.write('sources:\n  - id: synthetic-bench\n'
                "    title: {en: 'Synthetic benchmark data (not a real source)', zh: '合成的基准测试数据（非真实来源）'}\n"
                '    file: src/bench/gen_catalog.py\n')
    for i in range(n):
        lid, body = library(i, rnd)
        with open(os.path.join(out, 'libraries', lid + '.yaml'), 'w', encoding='utf-8') as f:
            f.write(body)


if __name__ == '__main__':
    main()
