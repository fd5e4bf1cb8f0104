#include "JsonParserPool.h"

#include <algorithm>

namespace {

// Room above the decoder's own limit (kMaxNesting), so simdjson never refuses first.
constexpr std::size_t kParserDepth = JsonParserPool::kMaxNesting + 16;
// Buffers for answers up to this size stay in the pool for good.
constexpr std::size_t kSmallCapacity = 1024 * 1024;
// More idle parsers than decoding threads are never needed (two workers and the GUI thread).
constexpr std::size_t kMaxIdle = 4;
// Of them, one may keep buffers for a large answer: the next large answer of a load (or the next
// status refresh of a large farm) reuses them, while a farm's load keeps at most one such set.
constexpr std::size_t kMaxIdleLarge = 1;

std::unique_ptr<simdjson::ondemand::parser> freshParser()
{
    auto parser = std::make_unique<simdjson::ondemand::parser>();
    // Only fails when memory is short; the parser then allocates again, at its default depth, on first use.
    if (parser->allocate(simdjson::SIMDJSON_PADDING, kParserDepth) != simdjson::SUCCESS)
        parser = std::make_unique<simdjson::ondemand::parser>();
    return parser;
}

} // namespace

JsonParserPool &JsonParserPool::instance()
{
    static JsonParserPool pool;
    return pool;
}

std::unique_ptr<simdjson::ondemand::parser> JsonParserPool::take()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_idle.empty()) {
            auto parser = std::move(m_idle.back());
            m_idle.pop_back();
            return parser;
        }
    }
    return freshParser();
}

void JsonParserPool::giveBack(std::unique_ptr<simdjson::ondemand::parser> parser)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const bool large = parser->capacity() > kSmallCapacity;
        const auto idleLarge = static_cast<std::size_t>(std::count_if(m_idle.begin(), m_idle.end(), [](const auto &idle) {
            return idle->capacity() > kSmallCapacity;
        }));
        if (m_idle.size() < kMaxIdle && (!large || idleLarge < kMaxIdleLarge)) {
            m_idle.push_back(std::move(parser));
            return;
        }
    }
    parser.reset(); // freed outside the lock
}

void JsonParserPool::releaseLargeBuffers()
{
    std::vector<std::unique_ptr<simdjson::ondemand::parser>> large;
    {
        JsonParserPool &pool = instance();
        const std::lock_guard<std::mutex> lock(pool.m_mutex);
        auto &idle = pool.m_idle;
        for (auto it = idle.begin(); it != idle.end();) {
            if ((*it)->capacity() > kSmallCapacity) {
                large.push_back(std::move(*it));
                it = idle.erase(it);
            } else {
                ++it;
            }
        }
    }
    // Freed outside the lock: a decoder on another thread need not wait for the unmapping.
}

std::size_t JsonParserPool::pooledCapacity()
{
    JsonParserPool &pool = instance();
    const std::lock_guard<std::mutex> lock(pool.m_mutex);
    std::size_t capacity = 0;
    for (const auto &parser : pool.m_idle)
        capacity += parser->capacity();
    return capacity;
}

JsonParserPool::Lease::Lease()
    : m_parser(instance().take())
{
}

JsonParserPool::Lease::~Lease()
{
    instance().giveBack(std::move(m_parser));
}
