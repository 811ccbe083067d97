// The daemon's HTTP server (Poco HTTPServer, its own thread pool). Pages are added by route,
// so later subsystems (the verifier's sign-off pages, log-in) register handlers beside
// /healthz and /metrics without touching the server.
#pragma once

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace Poco::Net {
class HTTPServer;
}

namespace cabut::app {

using HttpHandler =
    std::function<void(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&)>;

class HttpRoutes {
 public:
  // Exact path match ("/healthz"); a path ending in '/' also matches everything below it.
  void add(const std::string& method, const std::string& path, HttpHandler handler);
  // The handler for a request, or nothing (404; 405 when only the method differs).
  const HttpHandler* find(const std::string& method, const std::string& path,
                          bool& pathKnown) const;

 private:
  std::map<std::pair<std::string, std::string>, HttpHandler> routes_;
};

class HttpService {
 public:
  // Starts listening; throws Poco::Exception when the address cannot be bound.
  HttpService(const std::string& address, int port, std::shared_ptr<const HttpRoutes> routes,
              int threads);
  ~HttpService();
  int port() const;

 private:
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

// Writes `body` with `status` and `contentType`.
void respond(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
             const std::string& contentType, const std::string& body);

}  // namespace cabut::app
