#include "app/serve_http.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/URI.h>

namespace cabut::app {

void HttpRoutes::add(const std::string& method, const std::string& path, HttpHandler handler) {
  routes_[{method, path}] = std::move(handler);
}

const HttpHandler* HttpRoutes::find(const std::string& method, const std::string& path,
                                    bool& pathKnown) const {
  pathKnown = false;
  const HttpHandler* best = nullptr;
  size_t bestLength = 0;
  for (const auto& [key, handler] : routes_) {
    const auto& [routeMethod, routePath] = key;
    const bool matches =
        path == routePath || (routePath.ends_with("/") && path.starts_with(routePath));
    if (!matches) continue;
    pathKnown = true;
    if (routeMethod == method && routePath.size() >= bestLength) {
      best = &handler;
      bestLength = routePath.size();
    }
  }
  return best;
}

void respond(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
             const std::string& contentType, const std::string& body) {
  response.setStatus(status);
  response.setContentType(contentType);
  response.setContentLength(static_cast<std::streamsize>(body.size()));
  response.send() << body;
}

namespace {

class RoutedHandler final : public Poco::Net::HTTPRequestHandler {
 public:
  explicit RoutedHandler(std::shared_ptr<const HttpRoutes> routes) : routes_(std::move(routes)) {}

  void handleRequest(Poco::Net::HTTPServerRequest& request,
                     Poco::Net::HTTPServerResponse& response) override {
    const std::string path = Poco::URI(request.getURI()).getPath();
    bool pathKnown = false;
    const HttpHandler* handler = routes_->find(request.getMethod(), path, pathKnown);
    if (!handler) {
      respond(response,
              pathKnown ? Poco::Net::HTTPResponse::HTTP_METHOD_NOT_ALLOWED
                        : Poco::Net::HTTPResponse::HTTP_NOT_FOUND,
              "text/plain; charset=utf-8", pathKnown ? "method not allowed\n" : "not found\n");
      return;
    }
    try {
      (*handler)(request, response);
    } catch (const std::exception& e) {
      if (!response.sent())
        respond(response, Poco::Net::HTTPResponse::HTTP_INTERNAL_SERVER_ERROR,
                "text/plain; charset=utf-8", std::string("error: ") + e.what() + "\n");
    }
  }

 private:
  std::shared_ptr<const HttpRoutes> routes_;
};

class RoutedFactory final : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit RoutedFactory(std::shared_ptr<const HttpRoutes> routes) : routes_(std::move(routes)) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(
      const Poco::Net::HTTPServerRequest&) override {
    return new RoutedHandler(routes_);  // Poco's server takes ownership
  }

 private:
  std::shared_ptr<const HttpRoutes> routes_;
};

}  // namespace

HttpService::HttpService(const std::string& address, int port,
                         std::shared_ptr<const HttpRoutes> routes, int threads) {
  Poco::Net::ServerSocket socket(
      Poco::Net::SocketAddress(address, static_cast<Poco::UInt16>(port)));
  auto params = Poco::AutoPtr<Poco::Net::HTTPServerParams>(new Poco::Net::HTTPServerParams);
  params->setMaxThreads(threads);
  server_ =
      std::make_unique<Poco::Net::HTTPServer>(new RoutedFactory(std::move(routes)), socket, params);
  server_->start();
}

HttpService::~HttpService() {
  if (server_) server_->stopAll(true);
}

int HttpService::port() const {
  return server_->port();
}

}  // namespace cabut::app
