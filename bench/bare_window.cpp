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
  ImGui::Begin("Baseline");
  ImGui::TextUnformatted("One frame, then exit.");
  ImGui::End();
  ImGui::Render();
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
