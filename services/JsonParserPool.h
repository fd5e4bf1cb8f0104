#pragma once

// The simdjson parsers of the decoder, shared by every thread that decodes. A parser keeps the
// buffers of the largest answer it read; faulting those pages in again for every list of a farm
// load (brokers, gateways, policies, their status: tens of MB at 10,000 objects) cost about a
// fifth of the decode. So parsers are lent out and taken back with their buffers (one large set at
// most), and the large buffers are given back once a large load's answers are all decoded
// (releaseLargeBuffers, through ProcessMemory), not after every answer.

#include <memory>
#include <mutex>
#include <vector>

#include <simdjson.h>

class JsonParserPool
{
public:
    // QJsonDocument refuses deeper nesting than this, and so does the decoder (its Reader counts the
    // levels against it); the parsers are allocated for a little more, so simdjson's own limit is
    // never the one that refuses (a debug build of simdjson would stop the process instead).
    static constexpr int kMaxNesting = 1024;

    // A parser for one decode, returned to the pool when the lease ends.
    class Lease
    {
    public:
        Lease();
        ~Lease();
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        simdjson::ondemand::parser &parser() { return *m_parser; }

    private:
        std::unique_ptr<simdjson::ondemand::parser> m_parser;
    };

    // Drops the pooled parsers whose buffers are larger than a small answer needs.
    static void releaseLargeBuffers();
    // How many bytes of text the pooled parsers can take without allocating again (for tests).
    static std::size_t pooledCapacity();

private:
    static JsonParserPool &instance();
    std::unique_ptr<simdjson::ondemand::parser> take();
    void giveBack(std::unique_ptr<simdjson::ondemand::parser> parser);

    std::mutex m_mutex;
    std::vector<std::unique_ptr<simdjson::ondemand::parser>> m_idle;
};
