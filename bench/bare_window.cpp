// The start-up baseline of the design budget: a bare SFML window with Dear
// ImGui (OpenGL3 backend, default font) that draws one frame and exits. It
// prints the CLOCK_MONOTONIC time of that first frame so a driver can
// subtract the moment it started the process.
// SPDX-License-Identifier: GPL-3.0-or-later
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <SFML/Graphics.hpp>

#include <cstdio>
#include <ctime>

int main() {
  sf::RenderWindow window(sf::VideoMode(1280, 720), "Esprit start-up baseline");
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui::GetIO().DisplaySize = ImVec2(1280, 720);
  ImGui_ImplOpenGL3_Init("#version 130");

  window.clear(sf::Color(40, 40, 48));
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  // Placed and sized: ImGui hides a window it has never seen for its first
  // frame while it measures the contents, and the baseline's first frame
  // would show an empty screen (drawing nothing skipped Mesa's shader work
  // that any real first frame, the game's included, has to do).
  ImGui::SetNextWindowPos(ImVec2(40, 40));
  ImGui::SetNextWindowSize(ImVec2(400, 120));
  ImGui::Begin("Baseline");
  ImGui::TextUnformatted("One frame, then exit.");
  ImGui::End();
  ImGui::Render();
  if (ImGui::GetDrawData()->TotalVtxCount == 0) {
    std::fprintf(stderr, "bare window: the first frame drew nothing; the baseline would be wrong\n");
    return 1;
  }
  window.pushGLStates();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  window.popGLStates();
  window.display();

  timespec now{};
  clock_gettime(CLOCK_MONOTONIC, &now);
  std::printf("first-frame %ld.%09ld\n", static_cast<long>(now.tv_sec), now.tv_nsec);

  ImGui_ImplOpenGL3_Shutdown();
  ImGui::DestroyContext();
  return 0;
}
